import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvironmentSchema } from '../schemas/environment';
import { captureEnvironment } from './capture-environment';
import type { CaptureEnvironmentOptions } from './capture-environment';

const WINDOWS_EDGE_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const WINDOWS_7_CHROME_UA =
  'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36';
const MAC_CHROME_UA =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const ANDROID_CHROME_UA =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';

type FakeNavigator = NonNullable<CaptureEnvironmentOptions['navigator']>;
type Hints = NonNullable<NonNullable<FakeNavigator['userAgentData']>['getHighEntropyValues']>;

/** A browser as the widget would see it; `navigator` fields can be replaced per test. */
function fakeBrowser(
  navigator: Partial<FakeNavigator> = {},
  href = 'https://shop.example/checkout',
): CaptureEnvironmentOptions {
  return {
    navigator: {
      userAgent: WINDOWS_EDGE_UA,
      language: 'nl-NL',
      onLine: true,
      connection: { effectiveType: '4g' },
      ...navigator,
    },
    location: { href },
    screen: { width: 1920, height: 1080 },
    window: { innerWidth: 1280, innerHeight: 720 },
    timeZone: 'Europe/Amsterdam',
  };
}

function withHints(getHighEntropyValues: Hints, userAgent = WINDOWS_EDGE_UA): CaptureEnvironmentOptions {
  return fakeBrowser({ userAgent, userAgentData: { getHighEntropyValues } });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('captureEnvironment', () => {
  it('captures OS, browser, device, language, time zone, sizes, connection and page', async () => {
    const environment = await captureEnvironment(fakeBrowser());
    expect(environment).toEqual({
      os: { name: 'Windows', version: '10' },
      browser: { name: 'Edge', version: '131' },
      device: { type: 'desktop' },
      language: 'nl-NL',
      timeZone: 'Europe/Amsterdam',
      screen: { width: 1920, height: 1080 },
      viewport: { width: 1280, height: 720 },
      online: true,
      connection: '4g',
      page: 'https://shop.example/checkout',
    });
    expect(v.parse(EnvironmentSchema, environment)).toEqual(environment);
  });

  it('strips the query string and fragment from the page', async () => {
    const href = 'https://shop.example/checkout/pay?coupon=SECRET&email=ann%40example.nl#step-2';
    const environment = await captureEnvironment(fakeBrowser({}, href));
    expect(environment.page).toBe('https://shop.example/checkout/pay');
  });

  it('strips credentials from the page as well', async () => {
    const environment = await captureEnvironment(fakeBrowser({}, 'https://ann:hunter2@shop.example:8443/a?b=1'));
    expect(environment.page).toBe('https://shop.example:8443/a');
  });

  it('leaves the page out when location.href is not a URL', async () => {
    const environment = await captureEnvironment(fakeBrowser({}, 'not a url?token=abc'));
    expect(environment).not.toHaveProperty('page');
    expect(environment.language).toBe('nl-NL');
  });

  it('detects Windows 11 through the client hints platform version 15.0.0', async () => {
    const getHighEntropyValues = vi.fn<Hints>(async () => ({ platformVersion: '15.0.0' }));
    const environment = await captureEnvironment(withHints(getHighEntropyValues));
    expect(environment.os).toEqual({ name: 'Windows', version: '11' });
    expect(getHighEntropyValues).toHaveBeenCalledWith(['platformVersion']);
  });

  it('takes platform version 13 as the first Windows 11', async () => {
    const environment = await captureEnvironment(withHints(async () => ({ platformVersion: '13.0.0' })));
    expect(environment.os).toEqual({ name: 'Windows', version: '11' });
  });

  it('keeps Windows 10 for the client hints platform version 10.0.0', async () => {
    const environment = await captureEnvironment(withHints(async () => ({ platformVersion: '10.0.0' })));
    expect(environment.os).toEqual({ name: 'Windows', version: '10' });
  });

  it("keeps the UA's Windows 7 when the platform version is 0 (Windows before 10)", async () => {
    const environment = await captureEnvironment(
      withHints(async () => ({ platformVersion: '0.1.0' }), WINDOWS_7_CHROME_UA),
    );
    expect(environment.os).toEqual({ name: 'Windows', version: '7' });
  });

  it('replaces the frozen macOS 10.15.7 with the client hints platform version', async () => {
    const environment = await captureEnvironment(
      withHints(async () => ({ platformVersion: '14.4.1' }), MAC_CHROME_UA),
    );
    expect(environment.os).toEqual({ name: 'macOS', version: '14.4.1' });
  });

  it('ignores a platform version that is not a version number (and the frozen UA version too)', async () => {
    const environment = await captureEnvironment(
      withHints(async () => ({ platformVersion: '<b>14</b>' }), MAC_CHROME_UA),
    );
    expect(environment.os).toEqual({ name: 'macOS' });
  });

  it('falls back to the UA when the client hints call rejects', async () => {
    const environment = await captureEnvironment(
      withHints(() => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))),
    );
    expect(environment.os).toEqual({ name: 'Windows', version: '10' });
    expect(environment.browser).toEqual({ name: 'Edge', version: '131' });
  });

  it('falls back to the UA when the client hints call throws at once', async () => {
    const environment = await captureEnvironment(
      withHints(() => {
        throw new TypeError('Illegal invocation');
      }),
    );
    expect(environment.os).toEqual({ name: 'Windows', version: '10' });
  });

  it('gives up on client hints that never answer after 300 ms and uses the UA', async () => {
    vi.useFakeTimers();
    let captured: Awaited<ReturnType<typeof captureEnvironment>> | undefined;
    void captureEnvironment(withHints(() => new Promise(() => {}))).then((environment) => {
      captured = environment;
    });
    await vi.advanceTimersByTimeAsync(299);
    expect(captured).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(captured?.os).toEqual({ name: 'Windows', version: '10' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('uses client hints that answer within 300 ms', async () => {
    vi.useFakeTimers();
    const slowHints: Hints = () =>
      new Promise((resolve) => setTimeout(resolve, 250, { platformVersion: '15.0.0' }));
    const pending = captureEnvironment(withHints(slowHints));
    await vi.advanceTimersByTimeAsync(250);
    expect((await pending).os).toEqual({ name: 'Windows', version: '11' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not ask for client hints on an OS they cannot correct', async () => {
    const getHighEntropyValues = vi.fn<Hints>(async () => ({ platformVersion: '15.0.0' }));
    const environment = await captureEnvironment(withHints(getHighEntropyValues, ANDROID_CHROME_UA));
    expect(environment.os).toEqual({ name: 'Android', version: '10' });
    expect(environment.device).toEqual({ type: 'mobile' });
    expect(getHighEntropyValues).not.toHaveBeenCalled();
  });

  it('returns a valid environment in Node, leaving out what Node has no globals for', async () => {
    expect(globalThis.location).toBeUndefined();
    expect(globalThis.screen).toBeUndefined();
    const environment = await captureEnvironment();
    expect(v.parse(EnvironmentSchema, environment)).toEqual(environment);
    expect(environment.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(environment).not.toHaveProperty('page');
    expect(environment).not.toHaveProperty('screen');
    expect(environment).not.toHaveProperty('viewport');
    expect(environment).not.toHaveProperty('context');
  });

  it('includes the context only when it has fields', async () => {
    const without = await captureEnvironment({ ...fakeBrowser(), context: {} });
    expect(without).not.toHaveProperty('context');
    const withContext = await captureEnvironment({
      ...fakeBrowser(),
      context: { plan: 'pro', seats: 12, trial: false },
    });
    expect(withContext.context).toEqual({ plan: 'pro', seats: 12, trial: false });
  });

  it("cuts values to the schema's limits so the result always validates", async () => {
    const manyFields = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field${i}`, i]));
    const environment = await captureEnvironment({
      navigator: {
        userAgent: `Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/${'9'.repeat(300)}.0`,
        language: 'x'.repeat(40),
        connection: { effectiveType: 'e'.repeat(30) },
      },
      screen: { width: 1920.6, height: -5 },
      window: { innerWidth: 250_000, innerHeight: 719.4 },
      timeZone: 'Europe/Amsterdam',
      context: manyFields,
    });
    expect(environment.browser).toEqual({ name: 'Chrome', version: '9'.repeat(200) });
    expect(environment.language).toBe('x'.repeat(35));
    expect(environment.connection).toBe('e'.repeat(20));
    expect(environment.screen).toEqual({ width: 1921, height: 0 });
    expect(environment.viewport).toEqual({ width: 100_000, height: 719 });
    expect(Object.keys(environment.context ?? {})).toHaveLength(30);
    expect(environment.context).toMatchObject({ field0: 0, field29: 29 });
    expect(v.parse(EnvironmentSchema, environment)).toEqual(environment);
  });

  it('keeps a long context string and key within limits, and drops values the schema refuses', async () => {
    const environment = await captureEnvironment({
      ...fakeBrowser(),
      context: { ['k'.repeat(70)]: 'v'.repeat(600), notANumber: Number.NaN, infinite: Infinity },
    });
    expect(environment.context).toEqual({ ['k'.repeat(64)]: 'v'.repeat(500) });
  });

  it('leaves out navigator values of the wrong type instead of sending them', async () => {
    const environment = await captureEnvironment(
      fakeBrowser({
        onLine: 'yes' as unknown as boolean,
        connection: { effectiveType: 4 as unknown as string },
        language: '',
      }),
    );
    expect(environment).not.toHaveProperty('online');
    expect(environment).not.toHaveProperty('connection');
    expect(environment).not.toHaveProperty('language');
    expect(environment.os).toEqual({ name: 'Windows', version: '10' });
  });

  it('still resolves when reading the navigator throws', async () => {
    const hostile = {
      get userAgent(): string {
        throw new Error('blocked');
      },
      language: 'de-DE',
    };
    const environment = await captureEnvironment({ ...fakeBrowser(), navigator: hostile });
    expect(environment).not.toHaveProperty('os');
    expect(environment.language).toBe('de-DE');
    expect(environment.page).toBe('https://shop.example/checkout');
  });
});

describe('captureEnvironment on macOS without client hints', () => {
  it('leaves out the frozen "10.15.7" version that every recent Mac browser sends', async () => {
    const environment = await captureEnvironment({
      navigator: { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15' },
    });
    expect(environment.os).toEqual({ name: 'macOS' });
    expect(environment.browser).toEqual({ name: 'Safari', version: '18.1' });
  });

  it('keeps an older version that is not the frozen one', async () => {
    const environment = await captureEnvironment({
      navigator: { userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15' },
    });
    expect(environment.os).toEqual({ name: 'macOS', version: '10.13.6' });
  });
});
