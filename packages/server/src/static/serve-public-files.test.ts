import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePublicFiles } from './serve-public-files';

describe('servePublicFiles: the widget files', () => {
  let widgetDir: string;
  const loader = `(()=>{${'window.loket=1;'.repeat(200)}})();`;
  const chunk = `export const a=${JSON.stringify('x'.repeat(2000))};`;
  const app = new Hono();

  beforeAll(async () => {
    widgetDir = await mkdtemp(join(tmpdir(), 'loket-widget-'));
    await writeFile(join(widgetDir, 'loket.js'), loader);
    await writeFile(join(widgetDir, 'loket-knowledge-AbCd-123.js'), chunk);
    servePublicFiles(app, { widgetDir });
  });
  afterAll(() => rm(widgetDir, { recursive: true, force: true }));

  it('sends the loader compressed as the browser prefers, with its length and no more headers than needed, cached briefly since its name never changes', async () => {
    const response = await app.request('/loket.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Encoding')).toBe('br');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=300');
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    // Every page of a company's site loads it: no Last-Modified beside the ETag.
    expect(response.headers.get('Last-Modified')).toBe(null);
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get('Content-Length')).toBe(String(body.length));
    expect(body.length).toBeLessThan(loader.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(loader);

    const gzipped = await app.request('/loket.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString()).toBe(loader);
    expect(gzipped.headers.get('ETag')).not.toBe(response.headers.get('ETag'));
  });

  it('answers 304 for a loader the browser has, and sends a new build when the file changes', async () => {
    const first = await app.request('/loket.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const again = await app.request('/loket.js', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const newBuild = `${loader}/* 2 */`;
    await writeFile(join(widgetDir, 'loket.js'), newBuild);
    const changed = await app.request('/loket.js', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.get('ETag')! } });
    expect(changed.status).toBe(200);
    expect(gunzipSync(Buffer.from(await changed.arrayBuffer())).toString()).toBe(newBuild);
    await writeFile(join(widgetDir, 'loket.js'), loader);
  });

  it('sends the file as is to a client that accepts no compression', async () => {
    const response = await app.request('/loket.js');
    expect(response.headers.get('Content-Encoding')).toBe(null);
    expect(await response.text()).toBe(loader);
  });

  it('lets browsers keep a hashed chunk for good', async () => {
    const response = await app.request('/loket-knowledge-AbCd-123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toBe(chunk);
  });

  it('serves nothing outside the widget files', async () => {
    expect((await app.request('/loket-missing-AbCdEfGh.js')).status).toBe(404);
    expect((await app.request('/other.js')).status).toBe(404);
  });
});

describe('servePublicFiles: the site', () => {
  let siteDir: string;
  const page = `<!doctype html><title>Zeewind</title>${'<p>Internet, tv en bellen.</p>'.repeat(100)}`;
  const script = `console.log(${JSON.stringify('zeewind '.repeat(500))});`;
  const app = new Hono();

  beforeAll(async () => {
    siteDir = await mkdtemp(join(tmpdir(), 'loket-site-'));
    await writeFile(join(siteDir, 'index.html'), page);
    await mkdir(join(siteDir, 'assets'));
    await writeFile(join(siteDir, 'assets', 'app.js'), script);
    await writeFile(join(siteDir, 'assets', 'tiny.css'), 'body{margin:0}');
    servePublicFiles(app, { siteDir });
  });
  afterAll(() => rm(siteDir, { recursive: true, force: true }));

  it('sends pages and scripts gzipped, with an ETag, to a browser that accepts it', async () => {
    const response = await app.request('/assets/app.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(response.headers.get('ETag')).toBeTruthy();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.length).toBeLessThan(script.length / 4);
    expect(gunzipSync(body).toString()).toBe(script);

    const fallback = await app.request('/support', { headers: { Accept: 'text/html', 'Accept-Encoding': 'gzip' } });
    expect(fallback.headers.get('Content-Encoding')).toBe('gzip');
    expect(fallback.headers.get('Cache-Control')).toBe('no-cache');
    expect(gunzipSync(Buffer.from(await fallback.arrayBuffer())).toString()).toBe(page);
  });

  it('answers 304 for a file the browser has, and sends small files and other clients the file as is', async () => {
    const first = await app.request('/assets/app.js', { headers: { 'Accept-Encoding': 'gzip' } });
    const again = await app.request('/assets/app.js', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': first.headers.get('ETag')! } });
    expect(again.status).toBe(304);
    expect((await app.request('/assets/tiny.css', { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('Content-Encoding')).toBe(null);
    const plain = await app.request('/assets/app.js');
    expect(plain.headers.get('Content-Encoding')).toBe(null);
    expect(await plain.text()).toBe(script);
  });
});
