import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticleIndex, rankArticles, readArticleIndex } from '@loket/sdk';
import { createApp } from '../app';
import { loadSites } from '../sites/load-sites';
import { evidenceVersion, forgetEvidence } from '../store/evidence-store';
import type { Database } from '../store/database';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { openTestDatabase } from '../test-support';

const INSTALLER_OLD_WINDOWS = `---
title: Installer fails on Windows 7 or 8.1
locale: en
topics: [orders]
questions: ["installer does not start on my old laptop"]
appliesTo:
  os: { name: Windows, version: "<10" }
---
The installer needs **Windows 10** or newer. <script>window.__xss = 1</script>
[Download](https://www.acme.example/download) or [click](javascript:alert(1)).
`;
const INSTALLER = `---
title: The installer does not start
locale: en
topics: [orders]
questions: ["installer won't open"]
---
Restart the computer and run the installer again.
`;
const INSTALLER_NL = `---
title: Het installatieprogramma start niet
locale: nl
topics: [orders]
---
Start de computer opnieuw op en probeer het nog eens.
`;

let folder: TempFolder;
let db: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  folder = await writeTempFiles({
    'acme/site.yaml': SITE_YAML,
    'acme/flows/orders.yaml': ORDERS_FLOW,
    'acme/articles/installer-old-windows.en.md': INSTALLER_OLD_WINDOWS,
    'acme/articles/installer.en.md': INSTALLER,
    'acme/articles/installer.nl.md': INSTALLER_NL,
  });
  db = await openTestDatabase();
  app = createApp({ db, sites: await loadSites(folder.dir) });
});
afterAll(async () => {
  await db.close();
  await folder.remove();
});

const post = (path: string, body: unknown) =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('GET /v1/sites/:site/articles', () => {
  it('serves the articles of one language with their bodies as safe trees, and an ETag', async () => {
    const response = await app.request('/v1/sites/acme/articles?locale=en');
    expect(response.status).toBe(200);
    const kb = await response.json();
    expect(kb.articles.map((article: { id: string }) => article.id).sort()).toEqual(['installer', 'installer-old-windows']);
    const old = kb.articles.find((article: { id: string }) => article.id === 'installer-old-windows');
    expect(old.appliesTo).toEqual({ os: { name: 'Windows', version: '<10' } });
    expect(JSON.stringify(old.body)).not.toContain('"tag":"script"');
    expect(JSON.stringify(old.body)).not.toContain('javascript:');
    expect(response.headers.get('ETag')).toBe(`"${kb.version}"`);
  });

  it('answers 304 when the browser already has this version', async () => {
    const first = await app.request('/v1/sites/acme/articles?locale=nl');
    const again = await app.request('/v1/sites/acme/articles?locale=nl', { headers: { 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
  });

  it('sends them compressed as the browser accepts, each coding with an ETag of its own, and 304 for the one it has', async () => {
    const plain = await app.request('/v1/sites/acme/articles?locale=en');
    const text = await plain.text();
    const version = JSON.parse(text).version as string;

    const brotli = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('Content-Encoding')).toBe('br');
    expect(brotli.headers.get('Content-Type')).toBe('application/json');
    expect(brotli.headers.get('ETag')).toBe(`"${version}.br"`);
    expect(brotli.headers.get('Vary')).toContain('Accept-Encoding');
    expect(brotli.headers.get('Cache-Control')).toBe('public, max-age=60, must-revalidate');
    expect(brotliDecompressSync(Buffer.from(await brotli.arrayBuffer())).toString()).toBe(text);

    const gzip = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'gzip, deflate' } });
    expect(gzip.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzip.headers.get('ETag')).toBe(`"${version}.gzip"`);
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).toString()).toBe(text);

    const revalidated = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': `W/"other", "${version}.gzip"` } });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get('ETag')).toBe(`"${version}.gzip"`);
    // The gzip tag does not stand for the brotli bytes.
    const otherCoding = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': `"${version}.gzip"` } });
    expect(otherCoding.status).toBe(200);
  });

  it('sends a version made after learning, compressed anew', async () => {
    const before = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'br' } });
    const beforeBody = brotliDecompressSync(Buffer.from(await before.arrayBuffer())).toString();
    expect((await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'solved', locale: 'en', text: 'setup wizard frozen at start' })).status).toBe(201);
    const after = await app.request('/v1/sites/acme/articles?locale=en', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': before.headers.get('ETag')! } });
    expect(after.status).toBe(200);
    expect(after.headers.get('ETag')).not.toBe(before.headers.get('ETag'));
    const afterBody = JSON.parse(brotliDecompressSync(Buffer.from(await after.arrayBuffer())).toString());
    expect(afterBody.version).not.toBe(JSON.parse(beforeBody).version);
    expect(after.headers.get('ETag')).toBe(`"${afterBody.version}.br"`);
  });

  it('refuses a language it does not have', async () => {
    const response = await app.request('/v1/sites/acme/articles?locale=de');
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('invalid_locale');
  });
});

describe('GET /v1/sites/:site/articles/index', () => {
  const articlesAndIndex = async (locale: string, headers: Record<string, string> = {}) => {
    const articles = await app.request(`/v1/sites/acme/articles?locale=${locale}`);
    const index = await app.request(`/v1/sites/acme/articles/index?locale=${locale}`, { headers });
    return { knowledgeBase: await articles.json(), index };
  };

  it('serves the index of the very articles and learning GET /articles sends, which ranks as one built from them', async () => {
    expect((await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'solved', locale: 'en', text: 'setup wizard frozen at start' })).status).toBe(201);
    const { knowledgeBase, index } = await articlesAndIndex('en');
    expect(index.status).toBe(200);
    expect(index.headers.get('Content-Type')).toBe('application/vnd.loket.article-index');
    expect(index.headers.get('ETag')).toBe(`"${knowledgeBase.version}"`);
    const read = readArticleIndex(await index.arrayBuffer(), knowledgeBase.articles, { version: knowledgeBase.version });
    const built = createArticleIndex(knowledgeBase.articles, { learned: knowledgeBase.learned });
    for (const text of ['installer does not start', 'setup wizard frozen', 'installer fails on my old laptop']) {
      const query = { locale: 'en' as const, text, environment: { os: { name: 'Windows', version: '7' } } };
      expect(rankArticles(read, query)).toEqual(rankArticles(built, query));
    }
    expect(rankArticles(read, { locale: 'en', text: 'setup wizard frozen' })[0]?.id).toBe('installer');
  });

  it('compresses it, answers 304 to its ETag, and makes a new one with a new version', async () => {
    const { knowledgeBase, index } = await articlesAndIndex('nl', { 'Accept-Encoding': 'br' });
    expect(index.headers.get('Content-Encoding')).toBe('br');
    const bytes = brotliDecompressSync(Buffer.from(await index.arrayBuffer()));
    expect(rankArticles(readArticleIndex(new Uint8Array(bytes), knowledgeBase.articles), { locale: 'nl', text: 'installatieprogramma' })[0]?.id).toBe('installer');
    const again = await app.request('/v1/sites/acme/articles/index?locale=nl', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': index.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect((await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'solved', locale: 'nl', text: 'venster blijft grijs' })).status).toBe(201);
    const after = await app.request('/v1/sites/acme/articles/index?locale=nl', { headers: { 'Accept-Encoding': 'br', 'If-None-Match': index.headers.get('ETag')! } });
    expect(after.status).toBe(200);
    const newer = new Uint8Array(brotliDecompressSync(Buffer.from(await after.arrayBuffer())));
    expect(() => readArticleIndex(newer, knowledgeBase.articles, { version: knowledgeBase.version })).toThrow(/not .*Fetch both again/);
  });

  it('refuses a language it does not have', async () => {
    const response = await app.request('/v1/sites/acme/articles/index?locale=de');
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toBe('Ask for one language: ?locale=nl or ?locale=en.');
  });
});

describe('POST /v1/sites/:site/suggest', () => {
  const ids = async (body: unknown) => ((await (await post('/v1/sites/acme/suggest', body)).json()).suggestions as { id: string }[]).map((s) => s.id);

  it('never suggests an article whose environment rules contradict the customer', async () => {
    const found = await ids({ locale: 'en', text: 'installer does not start', environment: { os: { name: 'Windows', version: '11' } } });
    expect(found).toContain('installer');
    expect(found).not.toContain('installer-old-windows');
  });

  it('ranks the article for the customer environment first', async () => {
    expect((await ids({ locale: 'en', text: 'installer does not start', environment: { os: { name: 'Windows', version: '7' } } }))[0]).toBe('installer-old-windows');
  });

  it('suggests in the language asked for', async () => {
    expect(await ids({ locale: 'nl', text: 'installatieprogramma start niet' })).toEqual(['installer']);
  });

  it('returns nothing when nothing fits', async () => {
    expect(await ids({ locale: 'en', text: 'zebra crossing paint' })).toEqual([]);
  });

  it('refuses a body without a language', async () => {
    const response = await post('/v1/sites/acme/suggest', { text: 'installer' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields[0].path).toBe('locale');
  });
});

describe('POST /v1/sites/:site/attempts', () => {
  it('records an outcome with the customer words stripped of personal details', async () => {
    const response = await post('/v1/sites/acme/attempts', {
      article: 'installer', outcome: 'not_solved', locale: 'en', topic: 'orders',
      text: 'installer hangs, mail me at jan@example.com or 06-12345678', environment: { os: { name: 'Windows', version: '11' } },
    });
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const { rows } = await db.query<{ text: string; outcome: string; article: string }>('SELECT text, outcome, article FROM attempts WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ text: 'installer hangs, mail me at [e-mail] or [phone]', outcome: 'not_solved', article: 'installer' });
  });

  it('records that no article matched', async () => {
    const response = await post('/v1/sites/acme/attempts', { outcome: 'no_match', locale: 'en', text: 'zebra' });
    expect(response.status).toBe(201);
  });

  it('refuses an article the site does not have, and an outcome without its article', async () => {
    const unknown = await post('/v1/sites/acme/attempts', { article: 'nope', outcome: 'solved', locale: 'en' });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).error.fields[0]).toMatchObject({ path: 'article', code: 'unknown_value' });
    const missing = await post('/v1/sites/acme/attempts', { outcome: 'solved', locale: 'en' });
    expect(missing.status).toBe(422);
  });
});

describe('POST /v1/sites/:site/impressions', () => {
  it('records each article shown for a report once, as a shown row without text', async () => {
    const response = await post('/v1/sites/acme/impressions', {
      articles: ['installer-old-windows', 'installer', 'installer'], locale: 'en', report: 'report-impressions-1', topic: 'orders',
      environment: { os: { name: 'Windows', version: '7' } },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ recorded: 2 });
    const { rows } = await db.query<{ article: string; outcome: string; text: string; topic: string; environment: unknown }>(
      `SELECT article, outcome, text, topic, environment FROM attempts WHERE report_id = 'report-impressions-1' ORDER BY article`,
    );
    expect(rows).toEqual([
      { article: 'installer', outcome: 'shown', text: '', topic: 'orders', environment: { os: { name: 'Windows', version: '7' } } },
      { article: 'installer-old-windows', outcome: 'shown', text: '', topic: 'orders', environment: { os: { name: 'Windows', version: '7' } } },
    ]);
  });

  it('refuses articles the site does not have in that language, naming each, and stores none', async () => {
    const response = await post('/v1/sites/acme/impressions', { articles: ['installer', 'installer-old-windows', 'ghost'], locale: 'nl', report: 'report-impressions-2' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields).toEqual([
      expect.objectContaining({ path: 'articles.1', code: 'unknown_value', message: expect.stringContaining("There is no article 'installer-old-windows' in 'nl'.") }),
      expect.objectContaining({ path: 'articles.2', code: 'unknown_value' }),
    ]);
    const { rows } = await db.query(`SELECT 1 FROM attempts WHERE report_id = 'report-impressions-2'`);
    expect(rows).toEqual([]);
  });

  it('refuses a topic the site does not have, so the report only shows the site’s own topics', async () => {
    for (const path of ['/v1/sites/acme/impressions', '/v1/sites/acme/attempts']) {
      const body = path.endsWith('impressions') ? { articles: ['installer'], locale: 'en', topic: 'spam-topic' } : { outcome: 'no_match', locale: 'en', topic: 'spam-topic' };
      const response = await post(path, body);
      expect(response.status).toBe(422);
      expect((await response.json()).error.fields).toEqual([expect.objectContaining({ path: 'topic', code: 'unknown_value' })]);
    }
  });

  it('refuses an empty list and a malformed report id', async () => {
    const response = await post('/v1/sites/acme/impressions', { articles: [], locale: 'en', report: 'no spaces!' });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['articles', 'report']);
  });
});

describe('report ids on attempts', () => {
  it('stores the report id with the attempt', async () => {
    const response = await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'opened', locale: 'en', report: 'report-attempts-1' });
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const { rows } = await db.query<{ report_id: string; outcome: string }>('SELECT report_id, outcome FROM attempts WHERE id = $1', [id]);
    expect(rows[0]).toEqual({ report_id: 'report-attempts-1', outcome: 'opened' });
  });
});

describe('articles tried before filing', () => {
  it('are stored with the case, so the agent sees what was already done', async () => {
    const created = await (await post('/v1/sites/acme/cases', {
      topic: 'orders', answers: { arrived: 'no' }, description: 'Still nothing.', articlesTried: [{ article: 'installer', outcome: 'not_solved' }],
    })).json();
    const response = await app.request(`/v1/cases/${created.reference}`, { headers: { Authorization: `Bearer ${created.token}` } });
    expect((await response.json()).articlesTried).toEqual([{ article: 'installer', outcome: 'not_solved' }]);
  });

  it('must exist on the site', async () => {
    const response = await post('/v1/sites/acme/cases', {
      topic: 'orders', answers: { arrived: 'no' }, description: 'x', articlesTried: [{ article: 'ghost', outcome: 'not_solved' }],
    });
    expect(response.status).toBe(422);
  });
});

describe('learning from outcomes', () => {
  const phrasing = 'setup wizard freezes at forty percent';
  const suggest = async (text: string) =>
    ((await (await post('/v1/sites/acme/suggest', { locale: 'en', text })).json()).suggestions as { id: string }[]).map((item) => item.id);

  it('learns the words of customers whose problem an article solved, and publishes only derived terms', async () => {
    expect(await suggest('wizard freezes forty percent')).toEqual([]);
    for (let index = 0; index < 3; index += 1) {
      await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'solved', locale: 'en', text: `${phrasing}, mail me at an${index}@example.com` });
    }
    expect((await suggest('wizard freezes forty percent'))[0]).toBe('installer');

    const published = await (await app.request('/v1/sites/acme/articles?locale=en')).json();
    expect(Object.keys(published.learned.installer).length).toBeGreaterThan(2);
    const payload = JSON.stringify(published);
    expect(payload).not.toContain(phrasing);
    expect(payload).not.toContain('example.com');
  });

  it('changes the ETag when something was learned, so browsers fetch the new weights', async () => {
    const before = (await app.request('/v1/sites/acme/articles?locale=en')).headers.get('ETag');
    await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'solved', locale: 'en', text: 'progress bar stuck halfway' });
    const after = (await app.request('/v1/sites/acme/articles?locale=en')).headers.get('ETag');
    expect(after).not.toBe(before);
  });

  it('rebuilds the learned ranking only for verdicts, not while customers see, open or find nothing', async () => {
    const before = await evidenceVersion(db, 'acme');
    expect((await post('/v1/sites/acme/impressions', { articles: ['installer'], locale: 'en' })).status).toBe(201);
    expect((await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'opened', locale: 'en', text: 'wizard' })).status).toBe(201);
    expect((await post('/v1/sites/acme/attempts', { outcome: 'no_match', locale: 'en', text: 'zebra' })).status).toBe(201);
    expect(await evidenceVersion(db, 'acme')).toBe(before);
    expect((await post('/v1/sites/acme/attempts', { article: 'installer', outcome: 'not_solved', locale: 'en', text: 'wizard' })).status).toBe(201);
    expect(await evidenceVersion(db, 'acme')).not.toBe(before);
  });

  it('forgets what it learned for an article when a person says so', async () => {
    await forgetEvidence(db, 'acme', 'installer');
    expect(await suggest('wizard freezes forty percent')).toEqual([]);
  });
});
