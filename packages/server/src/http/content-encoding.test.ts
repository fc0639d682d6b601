import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, encodeBody } from './content-encoding';
import { ifNoneMatchHits } from './etag-match';

describe('content codings', () => {
  it('prefers brotli, then gzip, by the weights the client gives', () => {
    expect(chooseEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('gzip;q=1.0, br;q=0.5')).toBe('gzip');
    expect(chooseEncoding('br;q=0, *')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('GZIP')).toBe('gzip');
  });

  it('sends the body as it is to a client that accepts no coding we have', () => {
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('')).toBe('identity');
    expect(chooseEncoding('deflate, zstd')).toBe('identity');
    expect(chooseEncoding('gzip;q=0, br;q=0')).toBe('identity');
  });

  it('compresses to what the client can open', async () => {
    const body = JSON.stringify({ articles: Array.from({ length: 200 }, (_, index) => ({ id: `article-${index}`, title: 'Wifi valt weg in de avond' })) });
    const brotli = await encodeBody(body, 'br');
    const gzip = await encodeBody(body, 'gzip');
    expect(brotliDecompressSync(brotli).toString()).toBe(body);
    expect(gunzipSync(gzip).toString()).toBe(body);
    expect(brotli.length).toBeLessThan(body.length / 10);
    expect((await encodeBody(body, 'identity')).toString()).toBe(body);
  });
});

describe('If-None-Match', () => {
  it('matches a listed tag, weak or strong, and * for anything', () => {
    expect(ifNoneMatchHits('"abc.br"', ['"abc.br"'])).toBe(true);
    expect(ifNoneMatchHits('W/"abc.br"', ['"abc.br"'])).toBe(true);
    expect(ifNoneMatchHits('"x", "abc.br" ,"y"', ['"abc.br"'])).toBe(true);
    expect(ifNoneMatchHits('*', ['"abc.br"'])).toBe(true);
  });

  it('matches nothing else', () => {
    expect(ifNoneMatchHits(undefined, ['"abc.br"'])).toBe(false);
    expect(ifNoneMatchHits('"abc"', ['"abc.br"'])).toBe(false);
    expect(ifNoneMatchHits('abc.br', ['"abc.br"'])).toBe(false);
  });
});
