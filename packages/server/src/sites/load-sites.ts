import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { toFieldErrors } from '@loket/sdk';
import { SiteFileSchema } from './site-schema';
import type { Site } from './site-schema';

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
 * with a `site.yaml`: `sites/demo/site.yaml` configures the site `demo`.
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
    const file = join(sitesDir, entry.name, 'site.yaml');
    const fromHere = relative(process.cwd(), file);
    const shown = fromHere.startsWith('..') ? file : fromHere;
    if (!SITE_KEY.test(entry.name)) {
      problems.push(`${shown}: the folder name "${entry.name}" is the site key and may only use lower-case letters, digits and dashes.`);
      continue;
    }
    const loaded = await loadSiteFile(file, shown);
    if (Array.isArray(loaded)) problems.push(...loaded);
    else sites.set(entry.name, { ...loaded, key: entry.name });
  }
  if (problems.length === 0 && sites.size === 0) problems.push(`${sitesDir}: no site folders with a site.yaml found.`);
  if (problems.length > 0) throw new SiteConfigError(problems);
  return sites;
}

async function loadSiteFile(file: string, shown: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [`${shown}: missing. Each site folder needs a site.yaml.`];
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return [`${shown}: not valid YAML: ${(error as Error).message}`];
  }
  const result = v.safeParse(SiteFileSchema, data);
  if (result.success) return result.output;
  return toFieldErrors(result.issues).map((field) => `${shown}: ${field.path || '(top level)'}: ${field.message}`);
}
