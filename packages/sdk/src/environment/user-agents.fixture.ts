import type { ParsedUserAgent } from './parse-user-agent';

/**
 * A real User-Agent string, as browsers send it, with what `parseUserAgent` must read from it.
 *
 * @example
 * ```ts
 * const entry: UserAgentCase = {
 *   label: 'Chrome 131 on Linux',
 *   ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
 *   expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '131' }, device: { type: 'desktop' } },
 * };
 * ```
 */
export type UserAgentCase = { label: string; ua: string; expected: ParsedUserAgent };

const desktop = { type: 'desktop' } as const;
const mobile = { type: 'mobile' } as const;
const tablet = { type: 'tablet' } as const;

/**
 * Real User-Agent strings across every OS and browser `parseUserAgent` names, old and new.
 *
 * Caveats that are the UA's, not the parser's, and that the expectations keep on purpose:
 * - Windows 11 sends `Windows NT 10.0`, so it reads as Windows 10 (client hints correct it).
 * - Chrome, Edge and Safari on macOS freeze the version at `10_15_7`.
 * - iPadOS 13+ Safari asks for desktop sites by default and then sends the very same string as
 *   Safari on a Mac: it reads as macOS on a desktop, and nothing in the string can tell otherwise.
 * - Chrome's reduced UA on Android always says `Android 10; K`.
 * - Safari 26 freezes the iOS version in the UA at `18_6`.
 *
 * @example
 * ```ts
 * for (const { ua, expected } of USER_AGENT_CASES) expect(parseUserAgent(ua)).toEqual(expected);
 * ```
 */
export const USER_AGENT_CASES: readonly UserAgentCase[] = [
  // ── Windows ──────────────────────────────────────────────────────────────────────────────
  {
    label: 'Chrome 131 on Windows 10 (or 11)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '131' }, device: desktop },
  },
  {
    label: 'Edge 131 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '131' }, device: desktop },
  },
  {
    label: 'Firefox 133 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '133' }, device: desktop },
  },
  {
    label: 'Firefox 128 ESR on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '128' }, device: desktop },
  },
  {
    label: 'Opera 115 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Opera', version: '115' }, device: desktop },
  },
  {
    label: 'Opera GX on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0 (Edition Yx GX)',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Opera', version: '106' }, device: desktop },
  },
  {
    label: 'legacy EdgeHTML 18 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19582',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '18' }, device: desktop },
  },
  {
    label: 'Chrome 88 (32-bit) on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/88.0.4324.150 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '88' }, device: desktop },
  },
  {
    label: 'Internet Explorer 11 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Chrome 109 on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Chrome', version: '109' }, device: desktop },
  },
  {
    label: 'Internet Explorer 11 on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; Trident/7.0; rv:11.0) like Gecko',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Chrome 49 on Windows 8',
    ua: 'Mozilla/5.0 (Windows NT 6.2; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Chrome', version: '49' }, device: desktop },
  },
  {
    label: 'Internet Explorer 10 on Windows 8',
    ua: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.2; Trident/6.0)',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Chrome 109 on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '109' }, device: desktop },
  },
  {
    label: 'Edge 109 on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.140',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Edge', version: '109' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:115.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Internet Explorer 11 on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; Trident/7.0; rv:11.0) like Gecko',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Presto Opera 12 on Windows 7',
    ua: 'Opera/9.80 (Windows NT 6.1; WOW64) Presto/2.12.388 Version/12.18',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Opera', version: '12' }, device: desktop },
  },
  {
    label: 'Safari 5.1 for Windows on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534.57.2 (KHTML, like Gecko) Version/5.1.7 Safari/534.57.2',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Safari', version: '5.1' }, device: desktop },
  },
  {
    label: 'Firefox 52 on Windows Vista',
    ua: 'Mozilla/5.0 (Windows NT 6.0; rv:52.0) Gecko/20100101 Firefox/52.0',
    expected: { os: { name: 'Windows', version: 'Vista' }, browser: { name: 'Firefox', version: '52' }, device: desktop },
  },
  {
    label: 'Chrome 49 on Windows XP',
    ua: 'Mozilla/5.0 (Windows NT 5.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36',
    expected: { os: { name: 'Windows', version: 'XP' }, browser: { name: 'Chrome', version: '49' }, device: desktop },
  },
  {
    label: 'Firefox 52 on Windows XP x64 (NT 5.2)',
    ua: 'Mozilla/5.0 (Windows NT 5.2; rv:52.0) Gecko/20100101 Firefox/52.0',
    expected: { os: { name: 'Windows', version: 'XP' }, browser: { name: 'Firefox', version: '52' }, device: desktop },
  },
  {
    label: 'Firefox 3.6 on Windows XP',
    ua: 'Mozilla/5.0 (Windows; U; Windows NT 5.1; en-US; rv:1.9.2.28) Gecko/20120306 Firefox/3.6.28',
    expected: { os: { name: 'Windows', version: 'XP' }, browser: { name: 'Firefox', version: '3' }, device: desktop },
  },
  {
    label: 'Internet Explorer 8 on Windows XP',
    ua: 'Mozilla/4.0 (compatible; MSIE 8.0; Windows NT 5.1; Trident/4.0)',
    expected: { os: { name: 'Windows', version: 'XP' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Opera 15 (first Chromium Opera) on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/28.0.1500.52 Safari/537.36 OPR/15.0.1147.100',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Opera', version: '15' }, device: desktop },
  },

  // ── macOS ────────────────────────────────────────────────────────────────────────────────
  {
    label: 'Safari 17.4 on macOS (frozen at 10.15.7)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.4' }, device: desktop },
  },
  {
    label: 'Safari 18.2 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '18.2' }, device: desktop },
  },
  {
    label: 'Safari 26.0 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '26.0' }, device: desktop },
  },
  {
    label: 'Safari 17.4.1 on macOS (patch version dropped)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.4' }, device: desktop },
  },
  {
    label: 'Safari 16.6 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '16.6' }, device: desktop },
  },
  {
    label: 'Safari 13.1 on macOS High Sierra',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.2 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.13.6' }, browser: { name: 'Safari', version: '13.1' }, device: desktop },
  },
  {
    label: 'Safari 4 on PowerPC Mac OS X Leopard',
    ua: 'Mozilla/5.0 (Macintosh; U; PPC Mac OS X 10_5_8; en-us) AppleWebKit/531.22.7 (KHTML, like Gecko) Version/4.0.5 Safari/531.22.7',
    expected: { os: { name: 'macOS', version: '10.5.8' }, browser: { name: 'Safari', version: '4.0' }, device: desktop },
  },
  {
    label: 'Chrome 131 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Chrome', version: '131' }, device: desktop },
  },
  {
    label: 'Chrome 103 on OS X El Capitan',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.11.6' }, browser: { name: 'Chrome', version: '103' }, device: desktop },
  },
  {
    label: 'Firefox 133 on macOS (dotted version)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:133.0) Gecko/20100101 Firefox/133.0',
    expected: { os: { name: 'macOS', version: '10.15' }, browser: { name: 'Firefox', version: '133' }, device: desktop },
  },
  {
    label: 'Firefox 78 on macOS Sierra',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:78.0) Gecko/20100101 Firefox/78.0',
    expected: { os: { name: 'macOS', version: '10.12' }, browser: { name: 'Firefox', version: '78' }, device: desktop },
  },
  {
    label: 'Edge 131 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Edge', version: '131' }, device: desktop },
  },
  {
    label: 'Opera 115 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Opera', version: '115' }, device: desktop },
  },
  {
    label: 'Presto Opera 11 on Mac OS X Snow Leopard',
    ua: 'Opera/9.80 (Macintosh; Intel Mac OS X 10.6.8; U; en) Presto/2.9.168 Version/11.52',
    expected: { os: { name: 'macOS', version: '10.6.8' }, browser: { name: 'Opera', version: '11' }, device: desktop },
  },
  {
    // iPadOS 13+ Safari in its default desktop mode: byte for byte a Mac. Accepted as macOS/desktop.
    label: 'Safari 17 on iPadOS in desktop mode (reads as macOS)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.0' }, device: desktop },
  },

  // ── iOS (iPhone, iPod touch) ─────────────────────────────────────────────────────────────
  {
    label: 'Safari 17.4 on iPhone iOS 17.4',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Safari', version: '17.4' }, device: mobile },
  },
  {
    label: 'Safari 18.1 on iPhone iOS 18.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '18.1' }, browser: { name: 'Safari', version: '18.1' }, device: mobile },
  },
  {
    label: 'Safari 26 on iPhone (iOS version frozen at 18.6)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '18.6' }, browser: { name: 'Safari', version: '26.0' }, device: mobile },
  },
  {
    label: 'Safari 16.6 on iPhone iOS 16.6',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '16.6' }, browser: { name: 'Safari', version: '16.6' }, device: mobile },
  },
  {
    label: 'Safari 15.6 on iPhone iOS 15.6.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '15.6.1' }, browser: { name: 'Safari', version: '15.6' }, device: mobile },
  },
  {
    label: 'Safari 12.1 on iPhone iOS 12.5.7',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '12.5.7' }, browser: { name: 'Safari', version: '12.1' }, device: mobile },
  },
  {
    label: 'Safari 9 on iPhone iOS 9.3.5',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13G36 Safari/601.1',
    expected: { os: { name: 'iOS', version: '9.3.5' }, browser: { name: 'Safari', version: '9.0' }, device: mobile },
  },
  {
    label: 'Safari on iPod touch iOS 12.5',
    ua: 'Mozilla/5.0 (iPod touch; CPU iPhone OS 12_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '12.5' }, browser: { name: 'Safari', version: '12.1' }, device: mobile },
  },
  {
    label: 'Chrome 123 on iPhone (CriOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Chrome', version: '123' }, device: mobile },
  },
  {
    label: 'Firefox 124 on iPhone (FxiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Firefox', version: '124' }, device: mobile },
  },
  {
    label: 'Edge 123 on iPhone (EdgiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/123.0.2420.56 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Edge', version: '123' }, device: mobile },
  },
  {
    label: 'Opera Touch on iPhone (OPT)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1 OPT/4.3.2',
    expected: { os: { name: 'iOS', version: '16.6' }, browser: { name: 'Opera', version: '4' }, device: mobile },
  },
  {
    label: "an app's own web view on iPhone (no browser token)",
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
    expected: { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Unknown' }, device: mobile },
  },

  // ── iPadOS / iPad ────────────────────────────────────────────────────────────────────────
  {
    label: 'Safari 16.6 on iPad iPadOS 16.6 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '16.6' }, browser: { name: 'Safari', version: '16.6' }, device: tablet },
  },
  {
    label: 'Safari 17.4 on iPad iPadOS 17.4 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '17.4' }, browser: { name: 'Safari', version: '17.4' }, device: tablet },
  },
  {
    label: 'Chrome 123 on iPad (CriOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '17.4' }, browser: { name: 'Chrome', version: '123' }, device: tablet },
  },
  {
    label: 'Firefox 124 on iPad (FxiOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/124.0 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iPadOS', version: '17.4' }, browser: { name: 'Firefox', version: '124' }, device: tablet },
  },
  {
    label: 'Edge 120 on iPad (EdgiOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 EdgiOS/120.0.2210.150 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iPadOS', version: '16.6' }, browser: { name: 'Edge', version: '120' }, device: tablet },
  },
  {
    label: 'Safari 12.1 on iPad iOS 12.5.7 (before iPadOS existed)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 12_5_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '12.5.7' }, browser: { name: 'Safari', version: '12.1' }, device: tablet },
  },
  {
    label: 'Safari 9 on iPad iOS 9.3.5',
    ua: 'Mozilla/5.0 (iPad; CPU OS 9_3_5 like Mac OS X) AppleWebKit/601.1.46 (KHTML, like Gecko) Version/9.0 Mobile/13G36 Safari/601.1',
    expected: { os: { name: 'iOS', version: '9.3.5' }, browser: { name: 'Safari', version: '9.0' }, device: tablet },
  },

  // ── Android ──────────────────────────────────────────────────────────────────────────────
  {
    label: 'Chrome 131 on an Android phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '131' }, device: mobile },
  },
  {
    label: 'Chrome 131 on an Android tablet (reduced UA, no Mobile)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '131' }, device: tablet },
  },
  {
    label: 'Chrome 120 on a Pixel 8 with Android 14',
    ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Chrome', version: '120' }, device: mobile },
  },
  {
    label: 'Chrome 34 on a Nexus 5 with Android 4.4.2',
    ua: 'Mozilla/5.0 (Linux; Android 4.4.2; Nexus 5 Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/34.0.1847.114 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '4.4.2' }, browser: { name: 'Chrome', version: '34' }, device: mobile },
  },
  {
    label: 'Chrome 38 on a Nexus 7 tablet with Android 4.4.4',
    ua: 'Mozilla/5.0 (Linux; Android 4.4.4; Nexus 7 Build/KTU84P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/38.0.2125.114 Safari/537.36',
    expected: { os: { name: 'Android', version: '4.4.4' }, browser: { name: 'Chrome', version: '38' }, device: tablet },
  },
  {
    label: 'Android WebView (wv) on Android 13',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-G991B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.144 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Chrome', version: '120' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on Android 5.1.1',
    ua: 'Mozilla/5.0 (Linux; Android 5.1.1; SM-J320F Build/LMY47V; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/95.0.4638.74 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '5.1.1' }, browser: { name: 'Chrome', version: '95' }, device: mobile },
  },
  {
    label: 'Samsung Internet 25 on a Galaxy S23',
    ua: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Samsung Internet', version: '25' }, device: mobile },
  },
  {
    label: 'Samsung Internet 26 on a phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Samsung Internet', version: '26' }, device: mobile },
  },
  {
    label: 'Samsung Internet 23 on a Galaxy Tab S9',
    ua: 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Samsung Internet', version: '23' }, device: tablet },
  },
  {
    label: 'Samsung Internet 4 on a Galaxy S7 with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SAMSUNG SM-G930F Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/44.0.2403.133 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Samsung Internet', version: '4' }, device: mobile },
  },
  {
    label: 'Firefox 133 on an Android 14 phone',
    ua: 'Mozilla/5.0 (Android 14; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Firefox', version: '133' }, device: mobile },
  },
  {
    label: 'Firefox 134 on an Android 15 phone',
    ua: 'Mozilla/5.0 (Android 15; Mobile; rv:134.0) Gecko/134.0 Firefox/134.0',
    expected: { os: { name: 'Android', version: '15' }, browser: { name: 'Firefox', version: '134' }, device: mobile },
  },
  {
    label: 'Firefox 128 on an Android 13 tablet',
    ua: 'Mozilla/5.0 (Android 13; Tablet; rv:128.0) Gecko/128.0 Firefox/128.0',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Firefox', version: '128' }, device: tablet },
  },
  {
    label: 'Edge 131 on an Android phone (EdgA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 EdgA/131.0.0.0',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Edge', version: '131' }, device: mobile },
  },
  {
    label: 'Edge 96 on an Android 11 phone (EdgA)',
    ua: 'Mozilla/5.0 (Linux; Android 11; SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/96.0.4664.104 Mobile Safari/537.36 EdgA/96.0.1054.62',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Edge', version: '96' }, device: mobile },
  },
  {
    label: 'Opera 86 on an Android phone',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 OPR/86.0.0.0',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Opera', version: '86' }, device: mobile },
  },
  {
    label: 'the old stock browser on Android 4.0.4 (not Safari)',
    ua: 'Mozilla/5.0 (Linux; U; Android 4.0.4; en-us; GT-I9300 Build/IMM76D) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 Mobile Safari/534.30',
    expected: { os: { name: 'Android', version: '4.0.4' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'the old stock browser on Android 2.3.6',
    ua: 'Mozilla/5.0 (Linux; U; Android 2.3.6; en-us; Nexus S Build/GRK39F) AppleWebKit/533.1 (KHTML, like Gecko) Version/4.0 Mobile Safari/533.1',
    expected: { os: { name: 'Android', version: '2.3.6' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'Googlebot smartphone (reports what it claims: Chrome on Android)',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.204 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '131' }, device: mobile },
  },

  // ── Linux ────────────────────────────────────────────────────────────────────────────────
  {
    label: 'Chrome 131 on Linux (also Android Chrome asking for the desktop site)',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '131' }, device: desktop },
  },
  {
    label: 'headless Chrome 131 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '131' }, device: desktop },
  },
  {
    label: 'Chromium 92 on a Raspberry Pi',
    ua: 'Mozilla/5.0 (X11; Linux armv7l) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.98 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '92' }, device: desktop },
  },
  {
    label: 'Firefox 133 on Ubuntu',
    ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '133' }, device: desktop },
  },
  {
    label: 'Firefox 133 on Fedora',
    ua: 'Mozilla/5.0 (X11; Fedora; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '133' }, device: desktop },
  },
  {
    label: 'Firefox 128 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '128' }, device: desktop },
  },
  {
    label: 'Firefox 52 on 32-bit Linux',
    ua: 'Mozilla/5.0 (X11; Linux i686; rv:52.0) Gecko/20100101 Firefox/52.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '52' }, device: desktop },
  },
  {
    label: 'Edge 131 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Edge', version: '131' }, device: desktop },
  },
  {
    label: 'Opera 115 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Opera', version: '115' }, device: desktop },
  },

  // ── ChromeOS ─────────────────────────────────────────────────────────────────────────────
  {
    label: 'Chrome 131 on ChromeOS (reduced UA, platform version frozen)',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '14541.0.0' }, browser: { name: 'Chrome', version: '131' }, device: desktop },
  },
  {
    label: 'Chrome 84 on ChromeOS 13099.110.0',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 13099.110.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/84.0.4147.136 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '13099.110.0' }, browser: { name: 'Chrome', version: '84' }, device: desktop },
  },
  {
    label: 'Chrome 114 on an ARM Chromebook',
    ua: 'Mozilla/5.0 (X11; CrOS aarch64 15236.80.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.177 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '15236.80.0' }, browser: { name: 'Chrome', version: '114' }, device: desktop },
  },
  {
    label: 'Chrome 92 on a 32-bit ARM Chromebook',
    ua: 'Mozilla/5.0 (X11; CrOS armv7l 13597.84.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/92.0.4515.98 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '13597.84.0' }, browser: { name: 'Chrome', version: '92' }, device: desktop },
  },

  // ── Everything else ──────────────────────────────────────────────────────────────────────
  {
    label: 'Firefox 128 on FreeBSD (an OS we do not name)',
    ua: 'Mozilla/5.0 (X11; FreeBSD amd64; rv:128.0) Gecko/20100101 Firefox/128.0',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Firefox', version: '128' }, device: desktop },
  },
  {
    label: 'Edge 15 on Windows 10 Mobile (claims Android too)',
    ua: 'Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 Edge/15.14977',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Edge', version: '15' }, device: mobile },
  },
  {
    label: 'IE Mobile 11 on Windows Phone 8.1 (claims Android and iPhone too)',
    ua: 'Mozilla/5.0 (Mobile; Windows Phone 8.1; Android 4.0; ARM; Trident/7.0; Touch; rv:11.0; IEMobile/11.0; NOKIA; Lumia 635) like iPhone OS 7_0_3 Mac OS X AppleWebKit/537 (KHTML, like Gecko) Mobile Safari/537',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'Googlebot desktop crawler',
    ua: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'curl',
    ua: 'curl/8.4.0',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: "Node.js's own navigator (Node 21+)",
    ua: 'Node.js/22',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
];
