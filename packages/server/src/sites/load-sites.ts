import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { toFieldErrors } from '@loket/sdk';
import { loadArticles } from '../kb/load-articles';
import { displayPath, findFlowFiles, loadFlows } from './load-flows';
import { isReadable, readConfigFile } from './read-config-file';
import { checkBusinessHours } from './check-business-hours';
import { resolveSecrets } from './resolve-secrets';
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

/** Options for {@link loadSites}. */
export type LoadSitesOptions = {
  /** Where `$NAME` secrets are read from. @default process.env */
  env?: NodeJS.ProcessEnv;
};

/**
 * Loads every site from a folder that holds one folder per site, named by the site's key, each
 * with a `site.yaml`, a `flows/` folder and optionally an `articles/` folder:
 * `sites/demo/site.yaml` configures the site `demo`. `$NAME` secrets are read from the environment.
 *
 * @throws {SiteConfigError} naming every file and field that is wrong.
 * @example
 * const sites = await loadSites('sites');
 */
export async function loadSites(sitesDir: string, options: LoadSitesOptions = {}): Promise<Map<string, Site>> {
  const loaded = await loadSiteFolders(sitesDir, options);
  if (!loaded) throw new SiteConfigError([`${sitesDir}: no such folder. Set LOKET_SITES (or --sites) to a folder with one folder per site.`]);
  const { sites, problems } = loaded;
  if (problems.length === 0 && sites.size === 0) problems.push(`${sitesDir}: no site folders with a site.yaml found.`);
  if (problems.length > 0) throw new SiteConfigError(problems);
  return sites;
}

/** What {@link loadSiteFolders} found: the sites without problems, every problem, and how many site folders there were. */
export type LoadedSiteFolders = { sites: Map<string, Site>; problems: string[]; folderCount: number };

/**
 * Loads each folder of a sites folder as a site ({@link loadSite}), in order of name, and collects
 * every problem instead of throwing.
 *
 * @returns the sites and problems, or `undefined` when the folder cannot be read.
 */
export async function loadSiteFolders(sitesDir: string, options: LoadSitesOptions = {}): Promise<LoadedSiteFolders | undefined> {
  let entries;
  try {
    entries = await readdir(sitesDir, { withFileTypes: true });
  } catch {
    return undefined;
  }
  const folders = entries.filter((item) => item.isDirectory()).sort((a, b) => a.name.localeCompare(b.name));
  const sites = new Map<string, Site>();
  const problems: string[] = [];
  for (const entry of folders) {
    const loaded = await loadSite(join(sitesDir, entry.name), options);
    problems.push(...loaded.problems);
    if (loaded.site) sites.set(entry.name, loaded.site);
  }
  return { sites, problems, folderCount: folders.length };
}

/**
 * Loads one site folder (`site.yaml`, `flows/`, `articles/`); its name is the site's key.
 *
 * @returns the site when it has no problems, and every problem as `file:line: path: explanation`.
 */
export async function loadSite(siteDir: string, options: LoadSitesOptions = {}): Promise<{ site?: Site; problems: string[] }> {
  const key = basename(siteDir);
  if (!SITE_KEY.test(key)) {
    return { problems: [`${displayPath(siteDir)}: the folder name "${key}" is the site key and may only use lower-case letters, digits and dashes.`] };
  }
  const problems: string[] = [];
  const site = await loadSiteFile(join(siteDir, 'site.yaml'), options.env ?? process.env);
  const flowFiles = await findFlowFiles(join(siteDir, 'flows'));
  const flows = await loadFlows(flowFiles);
  if (flowFiles.length === 0) {
    problems.push(`${displayPath(join(siteDir, 'flows'))}: no flow files. Add one YAML file per topic (see docs/flows.md).`);
  }
  problems.push(...flows.problems);
  // The knowledge base is optional: a site without articles files cases without self-help.
  const knowledge = await loadArticles(join(siteDir, 'articles'), { topics: flows.flows.map((flow) => flow.id) });
  problems.push(...knowledge.problems);
  if (Array.isArray(site)) return { problems: [...site, ...problems] };
  if (problems.length > 0) return { problems };
  return { site: { ...site, key, flows: flows.flows, articles: knowledge.articles }, problems };
}

async function loadSiteFile(path: string, env: NodeJS.ProcessEnv): Promise<SiteFile | string[]> {
  const file = await readConfigFile(path, displayPath(path));
  if (!isReadable(file)) return [`${file.file}: ${file.message}`];
  const at = (fieldPath: string, message: string) => {
    const line = file.lineOf(fieldPath);
    return `${file.file}${line ? `:${line}` : ''}: ${fieldPath || '(top level)'}: ${message}`;
  };
  const result = v.safeParse(SiteFileSchema, file.data);
  if (!result.success) return toFieldErrors(result.issues).map((field) => at(field.path, field.message));
  const { site, problems } = resolveSecrets(result.output, env);
  problems.push(...checkBusinessHours(site));
  return problems.length > 0 ? problems.map((problem) => at(problem.path, problem.message)) : site;
}
