import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { loadSites, SiteConfigError } from '../sites/load-sites';
import type { Database } from '../store/database';
import { ORDERS_FLOW, SITE_YAML, writeTempFiles } from '../test-files';
import { openTestDatabase } from '../test-support';
import { runKeyCommand } from './key-command';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db.close());

const stdin = (text: string) => Readable.from([text]);

async function appWithKeys(secretKeys: string[], extra = '') {
  const folder = await writeTempFiles({ 'acme/site.yaml': `${SITE_YAML}secretKeys: [${secretKeys.join(', ')}]\n${extra}`, 'acme/flows/orders.yaml': ORDERS_FLOW });
  try {
    return createApp({ db, sites: await loadSites(folder.dir) });
  } finally {
    await folder.remove();
  }
}

const listCases = (app: ReturnType<typeof createApp>, key: string) => app.request('/v1/admin/sites/acme/cases', { headers: { Authorization: `Bearer ${key}` } });

describe('loket key', () => {
  it('makes a key that its hashed line in site.yaml admits to the admin API, without the file holding the key', async () => {
    const { output, exitCode } = await runKeyCommand(['new']);
    expect(exitCode).toBe(0);
    const key = output[1]!.trim();
    const hashed = output.at(-1)!.trim().replace(/^- /, '');
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashed).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashed).not.toContain(key);

    const app = await appWithKeys([hashed]);
    expect((await listCases(app, key)).status).toBe(200);
    expect((await listCases(app, `${key}x`)).status).toBe(401);
    expect((await listCases(app, hashed)).status).toBe(401);
  });

  it('hashes a key read from standard input to the same line, and refuses one too short to be safe', async () => {
    const key = 'k'.repeat(40);
    const { output } = await runKeyCommand(['hash'], stdin(`${key}\n`));
    const app = await appWithKeys([output[0]!]);
    expect((await listCases(app, key)).status).toBe(200);
    expect(await runKeyCommand(['hash'], stdin('short'))).toEqual({ output: ['A secret key has at least 24 characters; standard input held 5. Make one with: loket key new'], exitCode: 1 });
  });

  it('keeps two keys valid at once, a written-out one and a hashed one, for rotation', async () => {
    const old = 'o'.repeat(32);
    const { output } = await runKeyCommand(['new']);
    const app = await appWithKeys([old, output.at(-1)!.trim().replace(/^- /, '')]);
    expect((await listCases(app, old)).status).toBe(200);
    expect((await listCases(app, output[1]!.trim())).status).toBe(200);
  });

  it('asks for a written-out key when e-mail is on, as only that can sign the links in e-mails', async () => {
    const email = 'email:\n  from: Acme <support@acme.example>\n  smtp: { host: localhost, port: 2525 }\n  caseLink: https://www.acme.example/help\n';
    const hashed = `sha256:${'a'.repeat(64)}`;
    const error = await appWithKeys([hashed], email).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(SiteConfigError);
    expect((error as Error).message).toContain('written out rather than hashed');
  });
});
