import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Database } from '../store/database';
import { writeTempFiles } from '../test-files';
import type { TempFolder } from '../test-files';
import { openTestDatabase } from '../test-support';

let folder: TempFolder;
let db: Database;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  folder = await writeTempFiles({
    'widget/loket.js': 'console.log("loader")',
    'widget/loket-ui.js': 'export function start() {}',
    'site/index.html': '<!doctype html><title>Zeewind</title>',
  });
  db = await openTestDatabase();
  app = createApp({ db, sites: new Map(), publicFiles: { widgetDir: join(folder.dir, 'widget'), siteDir: join(folder.dir, 'site') } });
});
afterAll(async () => {
  await db.close();
  await folder.remove();
});

describe('security headers', () => {
  it("let other sites' pages load the widget's scripts, also pages that demand CORP, and never sniff them", async () => {
    for (const path of ['/loket.js', '/loket-ui.js']) {
      const response = await app.request(path);
      expect(response.status).toBe(200);
      expect(response.headers.get('Cross-Origin-Resource-Policy')).toBe('cross-origin');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(response.headers.get('Content-Security-Policy')).toBeNull();
    }
  });

  it("give the server's own pages a strict policy: no inline script or style, no eval, never framed", async () => {
    for (const response of [await app.request('/'), await app.request('/support', { headers: { Accept: 'text/html' } })]) {
      expect(response.status).toBe(200);
      const policy = response.headers.get('Content-Security-Policy')!;
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("style-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(response.headers.get('X-Frame-Options')).toBe('DENY');
      expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    }
  });
});
