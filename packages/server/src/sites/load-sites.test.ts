import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SITES_DIR } from '../test-support';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { loadSites, SiteConfigError } from './load-sites';

const folders: TempFolder[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((folder) => folder.remove()));
});

async function sitesWith(files: Record<string, string>): Promise<string> {
  const folder = await writeTempFiles(files);
  folders.push(folder);
  return folder.dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const error = await loadSites(dir).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(SiteConfigError);
  return (error as SiteConfigError).problems;
}

describe('loadSites', () => {
  it('loads the demo site with its seven flows in file order', async () => {
    const sites = await loadSites(DEMO_SITES_DIR);
    expect([...sites.keys()]).toEqual(['demo']);
    expect(sites.get('demo')).toMatchObject({ key: 'demo', name: 'Zeewind Internet', defaultLocale: 'nl' });
    expect(sites.get('demo')!.flows.map((flow) => flow.id)).toEqual(['internet', 'wifi', 'software', 'tv', 'billing', 'moving', 'other']);
  });

  it('fills in defaults for the language, origins and questions', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': SITE_YAML, 'acme/flows/orders.yaml': ORDERS_FLOW });
    const site = (await loadSites(dir)).get('acme')!;
    expect(site).toMatchObject({ defaultLocale: 'nl', origins: [] });
    expect(site.flows[0]!.questions[1]).toMatchObject({ id: 'damage', required: false });
    expect(site.flows[0]!.environment).toEqual({ needs: [], confirm: [] });
  });

  it('names the file, line and field of a missing translation', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': SITE_YAML, 'acme/flows/orders.yaml': ORDERS_FLOW.replace(', en: The box', '') });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/acme\/flows\/orders\.yaml:13: questions\.1\.options\.0\.label\.en: Every visible text needs a Dutch \(nl\) and an English \(en\) version/),
    ]);
  });

  it('refuses to start with a flow whose condition names an unknown question', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': SITE_YAML, 'acme/flows/orders.yaml': ORDERS_FLOW.replace('question: arrived', 'question: arived') });
    const [problem] = await problemsOf(dir);
    expect(problem).toMatch(/orders\.yaml:10: questions\.1\.when\.question: /);
    expect(problem).toContain('arived');
  });

  it('asks for at least one flow', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': SITE_YAML });
    expect(await problemsOf(dir)).toEqual([expect.stringMatching(/acme\/flows: no flow files\. Add one YAML file per topic/)]);
  });

  it('refuses unknown keys in site.yaml, so typos are noticed', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}orgins: [https://acme.example]\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await problemsOf(dir))[0]).toMatch(/site\.yaml:3: orgins: Unknown field "orgins": check its spelling, or remove it\.$/);
  });

  it('refuses an origin with a path', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}origins: [https://acme.example/shop]\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await problemsOf(dir))[0]).toMatch(/origins\.0: An origin is a scheme, host and optional port/);
  });

  it('reports broken YAML with the file and line', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': 'name: Acme\nnextSteps: [unclosed\n', 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await problemsOf(dir))[0]).toMatch(/acme\/site\.yaml:\d+: is not valid YAML or JSON/);
  });

  it('reports every broken site at once', async () => {
    const dir = await sitesWith({
      'one/site.yaml': 'name: [',
      'one/flows/orders.yaml': ORDERS_FLOW,
      'two/site.yaml': 'name: Two\n',
      'two/flows/orders.json': JSON.stringify({ id: 'orders', label: { nl: 'Bestellingen', en: 'Orders' } }),
    });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/one\/site\.yaml:\d+: is not valid YAML/),
      expect.stringMatching(/two\/site\.yaml:1: nextSteps: The field "nextSteps" is missing: add it\.$/),
    ]);
  });

  it('says how to fix a missing folder', async () => {
    expect(await problemsOf('/no/such/folder')).toEqual([expect.stringContaining('Set LOKET_SITES (or --sites)')]);
  });
});
