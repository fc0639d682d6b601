import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { toFieldErrors } from '@loket/sdk';
import { loadArticles } from '../kb/load-articles';
import { displayPath, findFlowFiles, loadFlows } from './load-flows';
import { isReadable, readConfigFile } from './read-config-file';
import { SiteFileSchema } from './site-schema';
import type { Site, SiteFile } from './site-schema';

const SITE_KEY = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The sites could not be loaded; `problems` lists each mistake with its file. */
export class SiteConfigError extends Error {
  override name = 'SiteConfigError';
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The site configuration has ${problems.length} problem(s):\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

/**
 * Loads every site from a folder that holds one folder per site, named by the site's key, each
 * with a `site.yaml`, a `flows/` folder and optionally an `articles/` folder:
 * `sites/demo/site.yaml` configures the site `demo`.
 *
 * @throws {SiteConfigError} naming every file and field that is wrong.
 */
export async function loadSites(sitesDir: string): Promise<Map<string, Site>> {
  let entries;
  try {
    entries = await readdir(sitesDir, { withFileTypes: true });
  } catch {
    throw new SiteConfigError([`${sitesDir}: no such folder. Set LOKET_SITES (or --sites) to a folder with one folder per site.`]);
  }
  const sites = new Map<string, Site>();
  const problems: string[] = [];
  for (const entry of entries.filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const siteDir = join(sitesDir, entry.name);
    if (!SITE_KEY.test(entry.name)) {
      problems.push(`${displayPath(siteDir)}: the folder name "${entry.name}" is the site key and may only use lower-case letters, digits and dashes.`);
      continue;
    }
    const site = await loadSiteFile(join(siteDir, 'site.yaml'));
    const flowFiles = await findFlowFiles(join(siteDir, 'flows'));
    const flows = await loadFlows(flowFiles);
    if (flowFiles.length === 0) {
      problems.push(`${displayPath(join(siteDir, 'flows'))}: no flow files. Add one YAML file per topic (see docs/flows.md).`);
    }
    problems.push(...flows.problems);
    // The knowledge base is optional: a site without articles files cases without self-help.
    const knowledge = await loadArticles(join(siteDir, 'articles'), { topics: flows.flows.map((flow) => flow.id) });
    problems.push(...knowledge.problems);
    if (Array.isArray(site)) problems.push(...site);
    else sites.set(entry.name, { ...site, key: entry.name, flows: flows.flows, articles: knowledge.articles });
  }
  if (problems.length === 0 && sites.size === 0) problems.push(`${sitesDir}: no site folders with a site.yaml found.`);
  if (problems.length > 0) throw new SiteConfigError(problems);
  return sites;
}

async function loadSiteFile(path: string): Promise<SiteFile | string[]> {
  const file = await readConfigFile(path, displayPath(path));
  if (!isReadable(file)) return [`${file.file}: ${file.message}`];
  const result = v.safeParse(SiteFileSchema, file.data);
  if (result.success) return result.output;
  return toFieldErrors(result.issues).map((field) => {
    const line = file.lineOf(field.path);
    return `${file.file}${line ? `:${line}` : ''}: ${field.path || '(top level)'}: ${field.message}`;
  });
}
