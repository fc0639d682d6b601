import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { displayPath } from '../sites/load-flows';
import { loadSite, loadSiteFolders } from '../sites/load-sites';
import type { LoadedSiteFolders } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { CommandResult } from './flows-command';
import { UsageError } from './usage-error';

export const CHECK_HELP = `Usage: loket check <sites folder or site folder>

Checks whole sites as the server loads them: site.yaml (hours, service levels, escalation,
secret keys, e-mail, webhooks), every flow in flows/ and every article in articles/.
"$NAME" secrets are read from the environment, as when the server starts.
Prints each problem as  file:line: path: explanation  and exits with 1 when there is one.
`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function describeSite(site: Site): string {
  const parts = [plural(site.flows.length, 'topic'), plural(site.articles.length, 'article'), plural(site.secretKeys.length, 'secret key')];
  if (site.businessHours) parts.push(`hours in ${site.timeZone}`);
  if (site.email) parts.push('e-mail on');
  if (site.webhooks.length > 0) parts.push(plural(site.webhooks.length, 'webhook'));
  return `${site.key} (${parts.join(', ')})`;
}

async function loadOneSite(siteDir: string, env: NodeJS.ProcessEnv): Promise<LoadedSiteFolders> {
  const { site, problems } = await loadSite(siteDir, { env });
  return { sites: new Map(site ? [[site.key, site]] : []), problems, folderCount: 1 };
}

/**
 * `loket check <dir>`: loads every site of a sites folder (or the one site of a site folder, with a
 * `site.yaml`) exactly as the server does, and reports every problem at once.
 *
 * @example
 * const { output, exitCode } = await runCheckCommand(['sites'], process.env);
 */
export async function runCheckCommand(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandResult> {
  const [target, ...rest] = args;
  if (target === undefined || target === '--help' || rest.includes('--help')) return { output: [CHECK_HELP], exitCode: target === undefined ? 2 : 0 };
  if (rest.length > 0) throw new UsageError(`Name one folder.\n\n${CHECK_HELP}`);
  const noSuchFolder = { output: [`${target}: no such folder. Name a folder with one folder per site, or one site's folder (with its site.yaml).`], exitCode: 1 };
  if (!existsSync(target) || !statSync(target).isDirectory()) return noSuchFolder;
  const loaded = existsSync(join(target, 'site.yaml')) ? await loadOneSite(target, env) : await loadSiteFolders(target, { env });
  // Only a folder that exists but cannot be read gets here without a result.
  if (!loaded) return noSuchFolder;
  if (loaded.folderCount === 0) {
    return { output: [`${displayPath(target)}: no site folders. Each site is a folder with a site.yaml and a flows/ folder (see docs/sites.md).`], exitCode: 1 };
  }
  const { problems, folderCount } = loaded;
  const sites = [...loaded.sites.values()];
  if (problems.length > 0) {
    return { output: [...problems, '', `${plural(problems.length, 'problem')} in ${plural(folderCount, 'site')}.`], exitCode: 1 };
  }
  return { output: [`${plural(sites.length, 'site')} checked: no problems.`, ...sites.map((site) => `  ${describeSite(site)}`)], exitCode: 0 };
}
