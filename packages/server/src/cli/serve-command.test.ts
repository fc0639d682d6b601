import { describe, expect, it } from 'vitest';
import { readServeOptions } from './serve-command';
import { UsageError } from './usage-error';

describe('loket serve options', () => {
  it('uses the documented defaults', () => {
    expect(readServeOptions([], {})).toEqual({
      port: 8787,
      trustedProxies: 0,
      host: '127.0.0.1',
      sitesDir: 'sites',
      dataDir: '.loket',
      databaseUrl: undefined,
      publicFiles: { widgetDir: undefined, siteDir: undefined },
    });
  });

  it('reads the environment, and flags win over it', () => {
    const env = { PORT: '9000', LOKET_DATA_DIR: '/var/lib/loket', LOKET_DATABASE_URL: 'postgres://db/loket', LOKET_SITES: '/etc/loket' };
    expect(readServeOptions([], env)).toMatchObject({ port: 9000, dataDir: '/var/lib/loket', databaseUrl: 'postgres://db/loket', sitesDir: '/etc/loket' });
    expect(readServeOptions(['--port', '9100', '--sites', 'here'], env)).toMatchObject({ port: 9100, sitesDir: 'here' });
  });

  it('reads how many proxies append to X-Forwarded-For, and explains a wrong number', () => {
    expect(readServeOptions([], { LOKET_TRUSTED_PROXIES: '1' })).toMatchObject({ trustedProxies: 1 });
    expect(readServeOptions(['--trusted-proxies', '2'], { LOKET_TRUSTED_PROXIES: '1' })).toMatchObject({ trustedProxies: 2 });
    expect(() => readServeOptions([], { LOKET_TRUSTED_PROXIES: 'yes' })).toThrow('"yes" is not a number of proxies');
  });

  it('explains a port that is not a number', () => {
    expect(() => readServeOptions([], { PORT: 'eighty' })).toThrow(UsageError);
    expect(() => readServeOptions([], { PORT: 'eighty' })).toThrow('The port "eighty" is not a port number');
  });
});
