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

async function problemsOf(dir: string, env: NodeJS.ProcessEnv = {}): Promise<string[]> {
  const error = await loadSites(dir, { env }).catch((caught: unknown) => caught);
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

describe('loadSites: case handling and secrets', () => {
  const KEY = 'k'.repeat(32);

  it('loads the demo site with its hours, service levels, escalation rules and key', async () => {
    const demo = (await loadSites(DEMO_SITES_DIR)).get('demo')!;
    expect(demo).toMatchObject({
      timeZone: 'Europe/Amsterdam',
      businessHours: { mon: '08:30-17:30', fri: '08:30-17:30', sat: '10:00-14:00' },
      serviceLevels: { normal: '8h', high: '4h', urgent: '1h' },
      repeatContacts: { window: '14d' },
      escalation: { failedAttempts: 2, repeatContacts: 2, responseTimeBreached: true },
      webhooks: [],
    });
    expect(demo.email).toBeUndefined();
    expect(demo.holidays).toEqual(expect.arrayContaining(['2026-12-25', '2027-04-27']));
    expect(demo.secretKeys).toHaveLength(1);
  });

  it('reads $NAME secrets from the environment', async () => {
    const dir = await sitesWith({
      'acme/site.yaml': `${SITE_YAML}secretKeys: [$ACME_KEY, ${KEY}]\nwebhooks:\n  - { url: https://hooks.acme.example/loket, secret: $ACME_HOOK }\n`,
      'acme/flows/orders.yaml': ORDERS_FLOW,
    });
    const site = (await loadSites(dir, { env: { ACME_KEY: 'a'.repeat(40), ACME_HOOK: 'hook-secret' } })).get('acme')!;
    expect(site.secretKeys).toEqual(['a'.repeat(40), KEY]);
    expect(site.webhooks[0]!.secret).toBe('hook-secret');
  });

  it('reads the identity secret from the environment and refuses one shorter than 24 characters', async () => {
    const files = (secret: string) => ({ 'acme/site.yaml': `${SITE_YAML}identitySecret: ${secret}\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    const dir = await sitesWith(files('$ACME_IDENTITY'));
    expect((await loadSites(dir, { env: { ACME_IDENTITY: 'i'.repeat(64) } })).get('acme')!.identitySecret).toBe('i'.repeat(64));
    expect(await problemsOf(dir)).toEqual([expect.stringMatching(/site\.yaml:3: identitySecret: The environment variable ACME_IDENTITY is not set/)]);
    expect(await problemsOf(await sitesWith(files('too-short')))).toEqual([
      expect.stringMatching(/site\.yaml:3: identitySecret: The identity secret has at least 24 characters; this one has 9\. Make one with: openssl rand -hex 32$/),
    ]);
  });

  it('names the missing environment variable with the file and line', async () => {
    const dir = await sitesWith({
      'acme/site.yaml': `${SITE_YAML}secretKeys:\n  - $ACME_KEY\n`,
      'acme/flows/orders.yaml': ORDERS_FLOW,
    });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/acme\/site\.yaml:4: secretKeys\.0: The environment variable ACME_KEY is not set\. Set it before starting the server/),
    ]);
  });

  it('refuses a secret key under 24 characters and says how to make one', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}secretKeys: [short-key]\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/site\.yaml:3: secretKeys\.0: A secret key has at least 24 characters; this one has 9\. Make one with: openssl rand -base64 32$/),
    ]);
  });

  it('asks for a secret key when e-mail is on, and reads the SMTP password', async () => {
    const email = `email:\n  from: Acme <support@acme.example>\n  smtp: { host: smtp.acme.example, password: $SMTP_PASSWORD }\n  caseLink: https://www.acme.example/help\n`;
    const dir = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}${email}`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    const problems = await problemsOf(dir);
    expect(problems).toEqual([
      expect.stringMatching(/site\.yaml:5: email\.smtp\.password: The environment variable SMTP_PASSWORD is not set/),
      expect.stringMatching(/site\.yaml:4: email: The links in e-mails are signed with the site's secret key: add one under secretKeys/),
    ]);
    const fixed = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}${email}secretKeys: [${KEY}]\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await loadSites(fixed, { env: { SMTP_PASSWORD: 'pw' } })).get('acme')!.email!.smtp.password).toBe('pw');
  });

  it('refuses business hours that end before they start, overlap, or are never open', async () => {
    const dir = await sitesWith({
      'acme/site.yaml': `${SITE_YAML}businessHours:\n  mon: 17:00-08:00\n  tue: 08:00-12:00, 11:00-17:00\n`,
      'acme/flows/orders.yaml': ORDERS_FLOW,
      'never/site.yaml': `${SITE_YAML}businessHours: {}\n`,
      'never/flows/orders.yaml': ORDERS_FLOW,
    });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/acme\/site\.yaml:4: businessHours\.mon: "17:00-08:00" ends before it starts/),
      expect.stringMatching(/acme\/site\.yaml:5: businessHours\.tue: The ranges of one day overlap/),
      expect.stringMatching(/never\/site\.yaml:3: businessHours: No day has opening hours/),
    ]);
  });

  it('refuses a service level that is not a duration, and an unknown time zone', async () => {
    const dir = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}timeZone: Europe/Zeewolde\nserviceLevels: { normal: one day }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect(await problemsOf(dir)).toEqual([
      expect.stringMatching(/site\.yaml:3: timeZone: A time zone is an IANA name/),
      expect.stringMatching(/site\.yaml:4: serviceLevels\.normal: Write a duration as e\.g\. "4h"/),
    ]);
  });

  it('reads a retention period for cases, off when left out, and refuses one under a day', async () => {
    const kept = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}retention: { cases: 730d }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await loadSites(kept)).get('acme')!.retention).toEqual({ cases: '730d' });
    expect((await loadSites(DEMO_SITES_DIR)).get('demo')!.retention).toBeUndefined();
    const short = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}retention: { cases: 12h }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect(await problemsOf(short)).toEqual([expect.stringMatching(/site\.yaml:3: retention\.cases: A retention period is at least a day, e\.g\. "730d"/)]);
  });

  it('reads rate limits a minute, with the defaults for the kinds left out, and refuses one under 1', async () => {
    const raised = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}rateLimits: { cases: 500 }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect((await loadSites(raised)).get('acme')!.rateLimits).toEqual({ cases: 500, selfHelp: 1200, caseAccess: 600 });
    expect((await loadSites(DEMO_SITES_DIR)).get('demo')!.rateLimits).toEqual({ cases: 60, selfHelp: 1200, caseAccess: 600 });
    const zero = await sitesWith({ 'acme/site.yaml': `${SITE_YAML}rateLimits: { selfHelp: 0 }\n`, 'acme/flows/orders.yaml': ORDERS_FLOW });
    expect(await problemsOf(zero)).toEqual([expect.stringMatching(/site\.yaml:3: rateLimits\.selfHelp: rateLimits\.selfHelp is at least 1 request a minute/)]);
  });
});
