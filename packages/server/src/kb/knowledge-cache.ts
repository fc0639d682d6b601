import type { Database } from '../store/database';
import { evidenceVersion, loadLearning } from '../store/evidence-store';
import type { Site } from '../sites/site-schema';
import { buildSiteKnowledge } from './site-knowledge';
import type { SiteKnowledge } from './site-knowledge';

/**
 * Each site's knowledge base with what it learned, rebuilt only when the evidence in the database
 * changed. The check is one small query, so several instances stay in step without sharing memory.
 */
export function createKnowledgeCache(db: Database) {
  const cache = new Map<string, { version: string; knowledge: SiteKnowledge }>();
  return async function knowledgeFor(site: Site): Promise<SiteKnowledge> {
    const version = await evidenceVersion(db, site.key);
    const cached = cache.get(site.key);
    if (cached?.version === version) return cached.knowledge;
    // Evidence that arrives while this builds changes the version again: the next request rebuilds.
    const knowledge = buildSiteKnowledge(site.articles, await loadLearning(db, site.key));
    cache.set(site.key, { version, knowledge });
    return knowledge;
  };
}

/** Gives a site's knowledge base, learned terms included. */
export type KnowledgeFor = ReturnType<typeof createKnowledgeCache>;
