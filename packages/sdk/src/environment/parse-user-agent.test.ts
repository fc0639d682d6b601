import { describe, expect, it } from 'vitest';
import { parseUserAgent } from './parse-user-agent';
import { USER_AGENT_CASES } from './user-agents.fixture';

const UNKNOWN_EVERYTHING = {
  os: { name: 'Unknown' },
  browser: { name: 'Unknown' },
  device: { type: 'desktop' },
};

describe('parseUserAgent on real User-Agent strings', () => {
  it.each(USER_AGENT_CASES)('reads $label', ({ ua, expected }) => {
    expect(parseUserAgent(ua)).toEqual(expected);
  });

  it('is checked against at least 200 strings covering every OS, browser and device it names', () => {
    const expectations = USER_AGENT_CASES.map((entry) => entry.expected);
    expect(USER_AGENT_CASES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(expectations.map((e) => e.os.name))).toEqual(
      new Set(['Windows', 'macOS', 'iOS', 'iPadOS', 'Android', 'Linux', 'ChromeOS', 'Unknown']),
    );
    expect(new Set(expectations.map((e) => e.browser.name))).toEqual(
      new Set(['Chrome', 'Edge', 'Firefox', 'Safari', 'Samsung Internet', 'Opera', 'Unknown']),
    );
    expect(new Set(expectations.map((e) => e.device.type))).toEqual(
      new Set(['desktop', 'mobile', 'tablet']),
    );
    expect(new Set(USER_AGENT_CASES.map((entry) => entry.ua)).size).toBe(USER_AGENT_CASES.length);
  });
});

describe('parseUserAgent', () => {
  const chromeOn = (platform: string) =>
    `Mozilla/5.0 (${platform}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36`;

  it('tells Windows 7 apart from Windows 8, 8.1 and 10', () => {
    expect(parseUserAgent(chromeOn('Windows NT 6.1; Win64; x64')).os).toEqual({ name: 'Windows', version: '7' });
    expect(parseUserAgent(chromeOn('Windows NT 6.2; Win64; x64')).os).toEqual({ name: 'Windows', version: '8' });
    expect(parseUserAgent(chromeOn('Windows NT 6.3; Win64; x64')).os).toEqual({ name: 'Windows', version: '8.1' });
    expect(parseUserAgent(chromeOn('Windows NT 10.0; Win64; x64')).os).toEqual({ name: 'Windows', version: '10' });
  });

  it('names Windows without a version when the NT version is one it does not know', () => {
    expect(parseUserAgent(chromeOn('Windows NT 11.0; Win64; x64')).os).toEqual({ name: 'Windows' });
    expect(parseUserAgent('Mozilla/4.0 (compatible; MSIE 5.5; Windows 98; Win 9x 4.90)').os).toEqual({
      name: 'Windows',
    });
  });

  it('names Edge, Opera and Samsung Internet rather than the Chrome they are built on', () => {
    const chrome = chromeOn('Windows NT 10.0; Win64; x64');
    expect(parseUserAgent(chrome).browser).toEqual({ name: 'Chrome', version: '109' });
    expect(parseUserAgent(`${chrome} Edg/110.0.1587.41`).browser).toEqual({ name: 'Edge', version: '110' });
    expect(parseUserAgent(`${chrome} OPR/95.0.0.0`).browser).toEqual({ name: 'Opera', version: '95' });
    expect(
      parseUserAgent(chrome.replace('Chrome/', 'SamsungBrowser/21.0 Chrome/')).browser,
    ).toEqual({ name: 'Samsung Internet', version: '21' });
  });

  it('gives Safari major.minor, and only the major when Version/ has no minor', () => {
    const safari = (version: string) =>
      `Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/${version} Safari/605.1.15`;
    expect(parseUserAgent(safari('17.4.1')).browser).toEqual({ name: 'Safari', version: '17.4' });
    expect(parseUserAgent(safari('17')).browser).toEqual({ name: 'Safari', version: '17' });
  });

  it('tells an Android phone from an Android tablet by the Mobile token', () => {
    const phone = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';
    expect(parseUserAgent(phone).device.type).toBe('mobile');
    expect(parseUserAgent(phone.replace(' Mobile ', ' ')).device.type).toBe('tablet');
  });

  it('reads iPads as iPadOS tablets from version 13 on, and as iOS before iPadOS existed', () => {
    const ipad = (os: string) =>
      `Mozilla/5.0 (iPad; CPU OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Mobile/15E148 Safari/604.1`;
    expect(parseUserAgent(ipad('13_0'))).toMatchObject({ os: { name: 'iPadOS', version: '13.0' }, device: { type: 'tablet' } });
    expect(parseUserAgent(ipad('12_4'))).toMatchObject({ os: { name: 'iOS', version: '12.4' }, device: { type: 'tablet' } });
  });

  it('leaves version out instead of setting it to undefined', () => {
    const parsed = parseUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0');
    expect(Object.keys(parsed.os)).toEqual(['name']);
    expect(Object.keys(parseUserAgent('').browser)).toEqual(['name']);
  });

  it.each([
    ['an empty string', ''],
    ['whitespace', '   \n\t '],
    ['garbage', '¯\\_(ツ)_/¯ <script>alert(1)</script> \u0000 \uD800'],
    ['10,000 random characters', Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('')],
  ])('answers Unknown for %s', (_label, ua) => {
    expect(parseUserAgent(ua)).toEqual(UNKNOWN_EVERYTHING);
  });

  it('answers Unknown for a value that is not a string at all (a caller without types)', () => {
    expect(parseUserAgent(undefined as unknown as string)).toEqual(UNKNOWN_EVERYTHING);
    expect(parseUserAgent(42 as unknown as string)).toEqual(UNKNOWN_EVERYTHING);
  });

  it('stays fast on long adversarial strings built from its own tokens', () => {
    const hostile = [
      `iPhone OS ${'1_'.repeat(20_000)} like Mac`,
      `Macintosh Mac OS X ${'1.'.repeat(20_000)}`,
      `CrOS ${'x '.repeat(20_000)}`,
      `Android ${'1.'.repeat(20_000)}`,
      `Version/${'1'.repeat(20_000)} ${'Safari'.repeat(5_000)}`,
    ];
    const start = performance.now();
    const parsed = hostile.map((ua) => parseUserAgent(ua).os.name);
    expect(parsed).toEqual(['iOS', 'macOS', 'ChromeOS', 'Android', 'Unknown']);
    expect(performance.now() - start).toBeLessThan(500);
  });
});
