import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITES_DIR } from '../test-support';
import { loadSites, SiteConfigError } from './load-sites';

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function sitesWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'loket-sites-'));
  folders.push(dir);
  for (const [key, text] of Object.entries(files)) {
    await mkdir(join(dir, key), { recursive: true });
    await writeFile(join(dir, key, 'site.yaml'), text);
  }
  return dir;
}

const VALID = `name: Acme
nextSteps: { nl: We bellen terug., en: We call back. }
topics:
  - id: orders
    label: { nl: Bestellingen, en: Orders }
`;

async function problemsOf(dir: string): Promise<string[]> {
  const error = await loadSites(dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SiteConfigError);
  return (error as SiteConfigError).problems;
}

describe('loadSites', () => {
  it('loads the demo site with its topics', async () => {
    const sites = await loadSites(DEMO_SITES_DIR);
    expect([...sites.keys()]).toEqual(['demo']);
    expect(sites.get('demo')).toMatchObject({ key: 'demo', name: 'Zeewind Internet', defaultLocale: 'nl' });
  });

  it('fills in defaults for the language and origins', async () => {
    const sites = await loadSites(await sitesWith({ acme: VALID }));
    expect(sites.get('acme')).toMatchObject({ defaultLocale: 'nl', origins: [] });
  });

  it('names the file and field of a missing translation', async () => {
    const dir = await sitesWith({ acme: VALID.replace(', en: Orders', '') });
    const [problem] = await problemsOf(dir);
    expect(problem).toMatch(/acme\/site\.yaml: topics\.0\.label\.en: Every visible text needs a Dutch \(nl\) and an English \(en\) version\.$/);
  });

  it('refuses duplicate topic ids', async () => {
    const dir = await sitesWith({ acme: `${VALID}  - id: orders\n    label: { nl: Nog eens, en: Again }\n` });
    expect(await problemsOf(dir)).toEqual([expect.stringMatching(/topics: Each topic id may appear only once\.$/)]);
  });

  it('refuses unknown keys, so typos are noticed', async () => {
    const dir = await sitesWith({ acme: `${VALID}orgins: [https://acme.example]\n` });
    expect((await problemsOf(dir))[0]).toMatch(/orgins/);
  });

  it('refuses an origin with a path', async () => {
    const dir = await sitesWith({ acme: `${VALID}origins: [https://acme.example/shop]\n` });
    expect((await problemsOf(dir))[0]).toMatch(/origins\.0: An origin is a scheme, host and optional port/);
  });

  it('reports broken YAML with the file name', async () => {
    const dir = await sitesWith({ acme: 'name: [unclosed' });
    expect((await problemsOf(dir))[0]).toMatch(/acme\/site\.yaml: not valid YAML/);
  });

  it('reports every broken site at once', async () => {
    const dir = await sitesWith({ one: 'name: [', two: 'name: Two\n' });
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      expect.stringMatching(/one\/site\.yaml: not valid YAML/),
      expect.stringMatching(/two\/site\.yaml: nextSteps: /),
      expect.stringMatching(/two\/site\.yaml: topics: /),
    ]);
  });

  it('says how to fix a missing folder', async () => {
    expect(await problemsOf('/no/such/folder')).toEqual([expect.stringContaining('Set LOKET_SITES (or --sites)')]);
  });
});
