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
  {
    label: 'Chrome 120 (and Brave 1.61, which sends the same string) on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Chrome 126 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '126' }, device: desktop },
  },
  {
    label: 'Chrome 138 on Windows 10 (or 11)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '138' }, device: desktop },
  },
  {
    label: 'Chrome 116 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '116' }, device: desktop },
  },
  {
    label: 'Chrome 91 on Windows 10 (full version)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '91' }, device: desktop },
  },
  {
    label: 'Chrome 79 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.130 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '79' }, device: desktop },
  },
  {
    label: 'Chrome 60 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.113 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '60' }, device: desktop },
  },
  {
    label: 'Chrome 87 on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.88 Safari/537.36',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '87' }, device: desktop },
  },
  {
    label: 'Chrome 63 (32-bit) on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/63.0.3239.132 Safari/537.36',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '63' }, device: desktop },
  },
  {
    label: 'Chrome 41 on 32-bit Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/41.0.2228.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '41' }, device: desktop },
  },
  {
    label: 'Chrome 109 on Windows 8',
    ua: 'Mozilla/5.0 (Windows NT 6.2; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Chrome', version: '109' }, device: desktop },
  },
  {
    label: 'Chrome 74 on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Chrome', version: '74' }, device: desktop },
  },
  {
    label: 'Chrome 55 (32-bit) on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.87 Safari/537.36',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Chrome', version: '55' }, device: desktop },
  },
  {
    label: 'Yandex Browser 24.4 on Windows 10 (reads as the Chrome it is built on)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.4.0.0 Safari/537.36',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '122' }, device: desktop },
  },
  {
    label: 'Yandex Browser 22.11 on Windows 7 (reads as Chrome)',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.0.0 YaBrowser/22.11.0.2419 Yowser/2.5 Safari/537.36',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Chrome', version: '106' }, device: desktop },
  },
  {
    label: 'Vivaldi 2.2 on Windows 10 (reads as Chrome)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.98 Safari/537.36 Vivaldi/2.2.1388.37',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Chrome', version: '71' }, device: desktop },
  },
  {
    label: 'Edge 120 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '120' }, device: desktop },
  },
  {
    label: 'Edge 122 on Windows 10 (full version)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '122' }, device: desktop },
  },
  {
    label: 'Edge 138 on Windows 10 (or 11)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '138' }, device: desktop },
  },
  {
    label: 'Edge 91 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.124 Safari/537.36 Edg/91.0.864.59',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '91' }, device: desktop },
  },
  {
    label: 'Edge 79 (first Chromium Edge) on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.74 Safari/537.36 Edg/79.0.309.43',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '79' }, device: desktop },
  },
  {
    label: 'Edge 109 on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.140',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Edge', version: '109' }, device: desktop },
  },
  {
    label: 'Edge 109 on Windows 8',
    ua: 'Mozilla/5.0 (Windows NT 6.2; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 Edg/109.0.1518.78',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Edge', version: '109' }, device: desktop },
  },
  {
    label: 'Edge 90 on Xbox One',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Xbox; Xbox One) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.93 Safari/537.36 Edg/90.0.818.56',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '90' }, device: desktop },
  },
  {
    label: 'legacy EdgeHTML 12 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/42.0.2311.135 Safari/537.36 Edge/12.246',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '12' }, device: desktop },
  },
  {
    label: 'legacy EdgeHTML 17 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/64.0.3282.140 Safari/537.36 Edge/17.17134',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Edge', version: '17' }, device: desktop },
  },
  {
    label: 'Firefox 120 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:120.0) Gecko/20100101 Firefox/120.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '120' }, device: desktop },
  },
  {
    label: 'Firefox 119 on Windows 10 (rv frozen at 109)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/119.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '119' }, device: desktop },
  },
  {
    label: 'Firefox 135 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:135.0) Gecko/20100101 Firefox/135.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '135' }, device: desktop },
  },
  {
    label: 'Firefox 140 ESR on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '140' }, device: desktop },
  },
  {
    label: 'Firefox 56 (32-bit) on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; WOW64; rv:56.0) Gecko/20100101 Firefox/56.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '56' }, device: desktop },
  },
  {
    label: 'Tor Browser 14 (Firefox 128 ESR) on Windows',
    ua: 'Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Firefox', version: '128' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR on Windows 7 (rv frozen at 109)',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR (32-bit) on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 68 ESR on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:68.0) Gecko/20100101 Firefox/68.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '68' }, device: desktop },
  },
  {
    label: 'Firefox 52 ESR (32-bit) on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:52.0) Gecko/20100101 Firefox/52.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Firefox', version: '52' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 47 (32-bit) on Windows 8.1',
    ua: 'Mozilla/5.0 (Windows NT 6.3; WOW64; rv:47.0) Gecko/20100101 Firefox/47.0',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Firefox', version: '47' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR on Windows 8',
    ua: 'Mozilla/5.0 (Windows NT 6.2; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Opera 106 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Opera', version: '106' }, device: desktop },
  },
  {
    label: 'Opera 117 on Windows 10',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 OPR/117.0.0.0',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Opera', version: '117' }, device: desktop },
  },
  {
    label: 'Opera 76 on Windows 10 (full version)',
    ua: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.212 Safari/537.36 OPR/76.0.4017.177',
    expected: { os: { name: 'Windows', version: '10' }, browser: { name: 'Opera', version: '76' }, device: desktop },
  },
  {
    label: 'Opera 95 on Windows 7',
    ua: 'Mozilla/5.0 (Windows NT 6.1; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36 OPR/95.0.0.0',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Opera', version: '95' }, device: desktop },
  },
  {
    label: 'Presto Opera 12.17 on Windows 8',
    ua: 'Opera/9.80 (Windows NT 6.2; WOW64) Presto/2.12.388 Version/12.17',
    expected: { os: { name: 'Windows', version: '8' }, browser: { name: 'Opera', version: '12' }, device: desktop },
  },
  {
    label: 'Presto Opera 10.10 on Windows Vista',
    ua: 'Opera/9.80 (Windows NT 6.0; U; en) Presto/2.2.15 Version/10.10',
    expected: { os: { name: 'Windows', version: 'Vista' }, browser: { name: 'Opera', version: '10' }, device: desktop },
  },
  {
    label: 'Internet Explorer 9 on Windows 7',
    ua: 'Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0)',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Internet Explorer 10 on Windows 7',
    ua: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; WOW64; Trident/6.0)',
    expected: { os: { name: 'Windows', version: '7' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Internet Explorer 11 on a Windows 8.1 touch device',
    ua: 'Mozilla/5.0 (Windows NT 6.3; WOW64; Trident/7.0; Touch; rv:11.0) like Gecko',
    expected: { os: { name: 'Windows', version: '8.1' }, browser: { name: 'Unknown' }, device: desktop },
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
  {
    label: 'Safari 18.0 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '18.0' }, device: desktop },
  },
  {
    label: 'Safari 18.5 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '18.5' }, device: desktop },
  },
  {
    label: 'Safari 17.1 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.1' }, device: desktop },
  },
  {
    label: 'Safari 17.6 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '17.6' }, device: desktop },
  },
  {
    label: 'Safari 16.1 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '16.1' }, device: desktop },
  },
  {
    label: 'Safari 16.5 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.5 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '16.5' }, device: desktop },
  },
  {
    label: 'Safari 15.1 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '15.1' }, device: desktop },
  },
  {
    label: 'Safari 15.6.1 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '15.6' }, device: desktop },
  },
  {
    label: 'Safari 14.1.2 on macOS Big Sur (frozen at 10.15.7)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Safari', version: '14.1' }, device: desktop },
  },
  {
    label: 'Safari 14.0 on macOS Catalina 10.15.6',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.6' }, browser: { name: 'Safari', version: '14.0' }, device: desktop },
  },
  {
    label: 'Safari 13.1.1 on macOS Catalina 10.15.5',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.1.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15.5' }, browser: { name: 'Safari', version: '13.1' }, device: desktop },
  },
  {
    label: 'Safari 13.0 on macOS Catalina 10.15',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.15' }, browser: { name: 'Safari', version: '13.0' }, device: desktop },
  },
  {
    label: 'Safari 12.1.2 on macOS Mojave 10.14.6',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.1.2 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.14.6' }, browser: { name: 'Safari', version: '12.1' }, device: desktop },
  },
  {
    label: 'Safari 12.0 on macOS Mojave 10.14',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/12.0 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.14' }, browser: { name: 'Safari', version: '12.0' }, device: desktop },
  },
  {
    label: 'Safari 11.1 on macOS High Sierra 10.13.4',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_13_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/11.1 Safari/605.1.15',
    expected: { os: { name: 'macOS', version: '10.13.4' }, browser: { name: 'Safari', version: '11.1' }, device: desktop },
  },
  {
    label: 'Safari 10.1 on macOS Sierra 10.12.4',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_12_4) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.1 Safari/603.1.30',
    expected: { os: { name: 'macOS', version: '10.12.4' }, browser: { name: 'Safari', version: '10.1' }, device: desktop },
  },
  {
    label: 'Safari 9.1 on OS X El Capitan 10.11.4',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_4) AppleWebKit/601.5.17 (KHTML, like Gecko) Version/9.1 Safari/601.5.17',
    expected: { os: { name: 'macOS', version: '10.11.4' }, browser: { name: 'Safari', version: '9.1' }, device: desktop },
  },
  {
    label: 'Safari 7.0.3 on OS X Mavericks 10.9.3',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_9_3) AppleWebKit/537.75.14 (KHTML, like Gecko) Version/7.0.3 Safari/7046A194A',
    expected: { os: { name: 'macOS', version: '10.9.3' }, browser: { name: 'Safari', version: '7.0' }, device: desktop },
  },
  {
    label: 'Safari 5.1.3 on Mac OS X Lion 10.7.3',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_7_3) AppleWebKit/534.53.11 (KHTML, like Gecko) Version/5.1.3 Safari/534.53.10',
    expected: { os: { name: 'macOS', version: '10.7.3' }, browser: { name: 'Safari', version: '5.1' }, device: desktop },
  },
  {
    label: 'Chrome 120 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Chrome 116 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Chrome', version: '116' }, device: desktop },
  },
  {
    label: 'Chrome 138 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Chrome', version: '138' }, device: desktop },
  },
  {
    label: 'Chrome 89 on macOS Big Sur 11.2.3 (before the freeze)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 11_2_3) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/89.0.4389.90 Safari/537.36',
    expected: { os: { name: 'macOS', version: '11.2.3' }, browser: { name: 'Chrome', version: '89' }, device: desktop },
  },
  {
    label: 'Chrome 79 on macOS Mojave 10.14.6',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/79.0.3945.130 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.14.6' }, browser: { name: 'Chrome', version: '79' }, device: desktop },
  },
  {
    label: 'Chrome 56 on OS X El Capitan 10.11.6',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/56.0.2924.87 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.11.6' }, browser: { name: 'Chrome', version: '56' }, device: desktop },
  },
  {
    label: 'Chrome 49 on Mac OS X Snow Leopard 10.6.8',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_6_8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/49.0.2623.112 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.6.8' }, browser: { name: 'Chrome', version: '49' }, device: desktop },
  },
  {
    label: 'Yandex Browser 24.1 on macOS (reads as Chrome)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Firefox 115 on macOS (rv frozen at 109)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'macOS', version: '10.15' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 115 ESR on macOS High Sierra',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.13; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'macOS', version: '10.13' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 128 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:128.0) Gecko/20100101 Firefox/128.0',
    expected: { os: { name: 'macOS', version: '10.15' }, browser: { name: 'Firefox', version: '128' }, device: desktop },
  },
  {
    label: 'Firefox 84 on macOS Big Sur 11.1 (before Firefox capped it)',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 11.1; rv:84.0) Gecko/20100101 Firefox/84.0',
    expected: { os: { name: 'macOS', version: '11.1' }, browser: { name: 'Firefox', version: '84' }, device: desktop },
  },
  {
    label: 'Firefox 68 on macOS Mojave',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10.14; rv:68.0) Gecko/20100101 Firefox/68.0',
    expected: { os: { name: 'macOS', version: '10.14' }, browser: { name: 'Firefox', version: '68' }, device: desktop },
  },
  {
    label: 'Edge 120 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Edge', version: '120' }, device: desktop },
  },
  {
    label: 'Edge 91 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/91.0.4472.114 Safari/537.36 Edg/91.0.864.54',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Edge', version: '91' }, device: desktop },
  },
  {
    label: 'Opera 106 on macOS',
    ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
    expected: { os: { name: 'macOS', version: '10.15.7' }, browser: { name: 'Opera', version: '106' }, device: desktop },
  },
  {
    label: 'Presto Opera 10.10 on Mac OS X (no OS version in the string)',
    ua: 'Opera/9.80 (Macintosh; Intel Mac OS X; U; en) Presto/2.2.15 Version/10.10',
    expected: { os: { name: 'macOS' }, browser: { name: 'Opera', version: '10' }, device: desktop },
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
  {
    label: 'Safari 18.0 on iPhone iOS 18.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '18.0' }, browser: { name: 'Safari', version: '18.0' }, device: mobile },
  },
  {
    label: 'Safari 18.3 on iPhone iOS 18.3',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '18.3' }, browser: { name: 'Safari', version: '18.3' }, device: mobile },
  },
  {
    label: 'Safari 18.5 on iPhone iOS 18.5',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '18.5' }, browser: { name: 'Safari', version: '18.5' }, device: mobile },
  },
  {
    label: 'Safari 17.0 on iPhone iOS 17.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.0' }, browser: { name: 'Safari', version: '17.0' }, device: mobile },
  },
  {
    label: 'Safari 17.5 on iPhone iOS 17.5.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.5.1' }, browser: { name: 'Safari', version: '17.5' }, device: mobile },
  },
  {
    label: 'Safari 17.6 on iPhone iOS 17.6.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.6.1' }, browser: { name: 'Safari', version: '17.6' }, device: mobile },
  },
  {
    label: 'Safari 16.0 on iPhone iOS 16.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '16.0' }, browser: { name: 'Safari', version: '16.0' }, device: mobile },
  },
  {
    label: 'Safari 16.3 on iPhone iOS 16.3.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.3 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '16.3.1' }, browser: { name: 'Safari', version: '16.3' }, device: mobile },
  },
  {
    label: 'Safari 15.0 on iPhone iOS 15.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '15.0' }, browser: { name: 'Safari', version: '15.0' }, device: mobile },
  },
  {
    label: 'Safari 14.1 on iPhone iOS 14.6',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.1 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '14.6' }, browser: { name: 'Safari', version: '14.1' }, device: mobile },
  },
  {
    label: 'Safari 14.0 on iPhone iOS 14.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 14_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.0 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '14.0' }, browser: { name: 'Safari', version: '14.0' }, device: mobile },
  },
  {
    label: 'Safari 13.0 on iPhone iOS 13.2.3',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 13_2_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.3 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '13.2.3' }, browser: { name: 'Safari', version: '13.0' }, device: mobile },
  },
  {
    label: 'Safari 11 on iPhone X iOS 11.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 11_0 like Mac OS X) AppleWebKit/604.1.38 (KHTML, like Gecko) Version/11.0 Mobile/15A372 Safari/604.1',
    expected: { os: { name: 'iOS', version: '11.0' }, browser: { name: 'Safari', version: '11.0' }, device: mobile },
  },
  {
    label: 'Safari 10 on iPhone iOS 10.3.1',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_1 like Mac OS X) AppleWebKit/603.1.30 (KHTML, like Gecko) Version/10.0 Mobile/14E304 Safari/602.1',
    expected: { os: { name: 'iOS', version: '10.3.1' }, browser: { name: 'Safari', version: '10.0' }, device: mobile },
  },
  {
    label: 'Safari 8 on iPhone iOS 8.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 8_0 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) Version/8.0 Mobile/12A365 Safari/600.1.4',
    expected: { os: { name: 'iOS', version: '8.0' }, browser: { name: 'Safari', version: '8.0' }, device: mobile },
  },
  {
    label: 'Safari 7 on iPhone iOS 7.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 7_0 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11A465 Safari/9537.53',
    expected: { os: { name: 'iOS', version: '7.0' }, browser: { name: 'Safari', version: '7.0' }, device: mobile },
  },
  {
    label: 'Safari 6 on iPhone iOS 6.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 6_0 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10A5376e Safari/8536.25',
    expected: { os: { name: 'iOS', version: '6.0' }, browser: { name: 'Safari', version: '6.0' }, device: mobile },
  },
  {
    label: 'Safari 5.1 on iPhone iOS 5.0',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 5_0 like Mac OS X) AppleWebKit/534.46 (KHTML, like Gecko) Version/5.1 Mobile/9A334 Safari/7534.48.3',
    expected: { os: { name: 'iOS', version: '5.0' }, browser: { name: 'Safari', version: '5.1' }, device: mobile },
  },
  {
    label: 'Safari 5.0 on iPhone OS 4.3.3',
    ua: 'Mozilla/5.0 (iPhone; U; CPU iPhone OS 4_3_3 like Mac OS X; en-us) AppleWebKit/533.17.9 (KHTML, like Gecko) Version/5.0.2 Mobile/8J2 Safari/6533.18.5',
    expected: { os: { name: 'iOS', version: '4.3.3' }, browser: { name: 'Safari', version: '5.0' }, device: mobile },
  },
  {
    label: 'Safari on iPod touch iOS 7.0.3',
    ua: 'Mozilla/5.0 (iPod touch; CPU iPhone OS 7_0_3 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11B511 Safari/9537.53',
    expected: { os: { name: 'iOS', version: '7.0.3' }, browser: { name: 'Safari', version: '7.0' }, device: mobile },
  },
  {
    label: 'Chrome 131 on iPhone (CriOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.7' }, browser: { name: 'Chrome', version: '131' }, device: mobile },
  },
  {
    label: 'Chrome 116 on iPhone iOS 16.6 (CriOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/116.0.5845.118 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '16.6' }, browser: { name: 'Chrome', version: '116' }, device: mobile },
  },
  {
    label: 'Chrome 56 on iPhone iOS 10.3 (CriOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3 like Mac OS X) AppleWebKit/602.1.50 (KHTML, like Gecko) CriOS/56.0.2924.75 Mobile/14E5239e Safari/602.1',
    expected: { os: { name: 'iOS', version: '10.3' }, browser: { name: 'Chrome', version: '56' }, device: mobile },
  },
  {
    label: 'Firefox 133 on iPhone iOS 18.1 (FxiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '18.1' }, browser: { name: 'Firefox', version: '133' }, device: mobile },
  },
  {
    label: 'Firefox 7.5 beta on iPhone iOS 10.3.2 (FxiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 10_3_2 like Mac OS X) AppleWebKit/603.2.4 (KHTML, like Gecko) FxiOS/7.5b3349 Mobile/14F89 Safari/603.2.4',
    expected: { os: { name: 'iOS', version: '10.3.2' }, browser: { name: 'Firefox', version: '7' }, device: mobile },
  },
  {
    label: 'Firefox 1.0 on iPhone iOS 8.3 (FxiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 8_3 like Mac OS X) AppleWebKit/600.1.4 (KHTML, like Gecko) FxiOS/1.0 Mobile/12F69 Safari/600.1.4',
    expected: { os: { name: 'iOS', version: '8.3' }, browser: { name: 'Firefox', version: '1' }, device: mobile },
  },
  {
    label: 'Edge 131 on iPhone iOS 18.1 (EdgiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '18.1' }, browser: { name: 'Edge', version: '131' }, device: mobile },
  },
  {
    label: 'Edge 100 on iPhone iOS 15.4 (EdgiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 15_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.0 EdgiOS/100.1185.50 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '15.4' }, browser: { name: 'Edge', version: '100' }, device: mobile },
  },
  {
    label: 'Opera Mini 10 on iPhone iOS 7.1.2 (OPiOS)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 7_1_2 like Mac OS X) AppleWebKit/537.51.2 (KHTML, like Gecko) OPiOS/10.2.0.93022 Mobile/11D257 Safari/9537.53',
    expected: { os: { name: 'iOS', version: '7.1.2' }, browser: { name: 'Opera', version: '10' }, device: mobile },
  },
  {
    label: 'DuckDuckGo on iPhone (reads as the Safari it sends)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15',
    expected: { os: { name: 'iOS', version: '17.0' }, browser: { name: 'Safari', version: '17.0' }, device: mobile },
  },
  {
    label: 'the Google app on iPhone (GSA, no Version/)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/288.0.576558892 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iOS', version: '17.1' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'the Facebook app on iPhone (in-app browser)',
    ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/442.0.0.38.109;FBBV/540224018;FBDV/iPhone14,5;FBMD/iPhone;FBSN/iOS;FBSV/17.1.2;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]',
    expected: { os: { name: 'iOS', version: '17.1.2' }, browser: { name: 'Unknown' }, device: mobile },
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
  {
    label: 'Safari 18.1 on iPad iPadOS 18.1 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '18.1' }, browser: { name: 'Safari', version: '18.1' }, device: tablet },
  },
  {
    label: 'Safari 15.6 on iPad iPadOS 15.6.1 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 15_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/15.6.1 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '15.6.1' }, browser: { name: 'Safari', version: '15.6' }, device: tablet },
  },
  {
    label: 'Safari 14.1 on iPad iPadOS 14.7.1 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 14_7_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/14.1.2 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '14.7.1' }, browser: { name: 'Safari', version: '14.1' }, device: tablet },
  },
  {
    label: 'Safari 13.0 on iPad iPadOS 13.3 (mobile mode)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 13_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/13.0.4 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '13.3' }, browser: { name: 'Safari', version: '13.0' }, device: tablet },
  },
  {
    label: 'Safari 11 on iPad iOS 11.0',
    ua: 'Mozilla/5.0 (iPad; CPU OS 11_0 like Mac OS X) AppleWebKit/604.1.34 (KHTML, like Gecko) Version/11.0 Mobile/15A5341f Safari/604.1',
    expected: { os: { name: 'iOS', version: '11.0' }, browser: { name: 'Safari', version: '11.0' }, device: tablet },
  },
  {
    label: 'Safari 7 on iPad iOS 7.0',
    ua: 'Mozilla/5.0 (iPad; CPU OS 7_0 like Mac OS X) AppleWebKit/537.51.1 (KHTML, like Gecko) Version/7.0 Mobile/11A465 Safari/9537.53',
    expected: { os: { name: 'iOS', version: '7.0' }, browser: { name: 'Safari', version: '7.0' }, device: tablet },
  },
  {
    label: 'Safari 6 on iPad iOS 6.0',
    ua: 'Mozilla/5.0 (iPad; CPU OS 6_0 like Mac OS X) AppleWebKit/536.26 (KHTML, like Gecko) Version/6.0 Mobile/10A5355d Safari/8536.25',
    expected: { os: { name: 'iOS', version: '6.0' }, browser: { name: 'Safari', version: '6.0' }, device: tablet },
  },
  {
    label: 'Safari 4 on the first iPad (iPhone OS 3.2)',
    ua: 'Mozilla/5.0 (iPad; U; CPU OS 3_2 like Mac OS X; en-us) AppleWebKit/531.21.10 (KHTML, like Gecko) Version/4.0.4 Mobile/7B334b Safari/531.21.10',
    expected: { os: { name: 'iOS', version: '3.2' }, browser: { name: 'Safari', version: '4.0' }, device: tablet },
  },
  {
    label: 'Chrome 131 on iPad (CriOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '18.1' }, browser: { name: 'Chrome', version: '131' }, device: tablet },
  },
  {
    label: 'Firefox 133 on iPad (FxiOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iPadOS', version: '18.1' }, browser: { name: 'Firefox', version: '133' }, device: tablet },
  },
  {
    label: 'Edge 131 on iPad (EdgiOS)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 EdgiOS/131.0.2903.68 Mobile/15E148 Safari/605.1.15',
    expected: { os: { name: 'iPadOS', version: '18.1' }, browser: { name: 'Edge', version: '131' }, device: tablet },
  },
  {
    label: 'the Google app on iPad (GSA, no Version/)',
    ua: 'Mozilla/5.0 (iPad; CPU OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/288.0.576558892 Mobile/15E148 Safari/604.1',
    expected: { os: { name: 'iPadOS', version: '17.1' }, browser: { name: 'Unknown' }, device: tablet },
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
  {
    label: 'Chrome 43 on a Galaxy S5 with Android 5.0',
    ua: 'Mozilla/5.0 (Linux; Android 5.0; SM-G900P Build/LRX21T) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/43.0.2357.93 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '5.0' }, browser: { name: 'Chrome', version: '43' }, device: mobile },
  },
  {
    label: 'Chrome 47 on a Galaxy S6 edge+ with Android 5.1.1',
    ua: 'Mozilla/5.0 (Linux; Android 5.1.1; SM-G928X Build/LMY47X) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.83 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '5.1.1' }, browser: { name: 'Chrome', version: '47' }, device: mobile },
  },
  {
    label: 'Chrome 55 on a Nexus 5 with Android 6.0',
    ua: 'Mozilla/5.0 (Linux; Android 6.0; Nexus 5 Build/MRA58N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.35 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0' }, browser: { name: 'Chrome', version: '55' }, device: mobile },
  },
  {
    label: 'Chrome 47 on a Nexus 6P with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 6P Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/47.0.2526.83 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '47' }, device: mobile },
  },
  {
    label: 'Chrome 52 on a Galaxy S6 with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-G920V Build/MMB29K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.98 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '52' }, device: mobile },
  },
  {
    label: 'Chrome 59 on a Galaxy S7 with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; SM-G930V Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/59.0.3071.125 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Chrome', version: '59' }, device: mobile },
  },
  {
    label: 'Chrome 58 on an HTC 10 with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; HTC 10 Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/58.0.3029.83 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Chrome', version: '58' }, device: mobile },
  },
  {
    label: 'Chrome 69 on a Redmi 4X with Android 7.1.2',
    ua: 'Mozilla/5.0 (Linux; Android 7.1.2; Redmi 4X Build/N2G47H) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.1.2' }, browser: { name: 'Chrome', version: '69' }, device: mobile },
  },
  {
    label: 'Chrome 62 on a Galaxy S9 with Android 8.0.0',
    ua: 'Mozilla/5.0 (Linux; Android 8.0.0; SM-G960F Build/R16NW) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/62.0.3202.84 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '8.0.0' }, browser: { name: 'Chrome', version: '62' }, device: mobile },
  },
  {
    label: 'Chrome 70 on a Redmi 5 Plus with Android 8.1.0',
    ua: 'Mozilla/5.0 (Linux; Android 8.1.0; Redmi 5 Plus Build/OPM1.171019.019) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.110 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '8.1.0' }, browser: { name: 'Chrome', version: '70' }, device: mobile },
  },
  {
    label: 'Chrome 69 on a Galaxy S10 with Android 9',
    ua: 'Mozilla/5.0 (Linux; Android 9; SM-G973U Build/PPR1.180610.011) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/69.0.3497.100 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '9' }, browser: { name: 'Chrome', version: '69' }, device: mobile },
  },
  {
    label: 'Chrome 90 on a Pixel 5 with Android 11',
    ua: 'Mozilla/5.0 (Linux; Android 11; Pixel 5) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/90.0.4430.91 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Chrome', version: '90' }, device: mobile },
  },
  {
    label: 'Chrome 100 on a Pixel 6 with Android 12',
    ua: 'Mozilla/5.0 (Linux; Android 12; Pixel 6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/100.0.4896.127 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Chrome', version: '100' }, device: mobile },
  },
  {
    label: 'Chrome 112 on a moto g pure with Android 12',
    ua: 'Mozilla/5.0 (Linux; Android 12; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Chrome', version: '112' }, device: mobile },
  },
  {
    label: 'Chrome 112 on a Galaxy S22 with Android 13',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Chrome', version: '112' }, device: mobile },
  },
  {
    label: 'Chrome 112 on a Pixel 6a with Android 13',
    ua: 'Mozilla/5.0 (Linux; Android 13; Pixel 6a) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Chrome', version: '112' }, device: mobile },
  },
  {
    label: 'Chrome 116 on an Android phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '116' }, device: mobile },
  },
  {
    label: 'Chrome 124 on an Android phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '124' }, device: mobile },
  },
  {
    label: 'Chrome 138 on an Android phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '138' }, device: mobile },
  },
  {
    label: 'Chrome 126 on an Android tablet (reduced UA, no Mobile)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '126' }, device: tablet },
  },
  {
    label: 'Chrome 114 on a Nexus 10 tablet with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 10 Build/MOB31T) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '114' }, device: tablet },
  },
  {
    label: 'Chrome 60 on a Galaxy Tab S3 with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; SM-T827R4 Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/60.0.3112.116 Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Chrome', version: '60' }, device: tablet },
  },
  {
    label: 'Chrome 108 on a Lenovo Tab P11 with Android 11',
    ua: 'Mozilla/5.0 (Linux; Android 11; Lenovo TB-J606F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/108.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Chrome', version: '108' }, device: tablet },
  },
  {
    label: 'Android WebView 34 on an LG G Pad with Android 5.0.2',
    ua: 'Mozilla/5.0 (Linux; Android 5.0.2; LG-V410/V41020c Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/34.0.1847.118 Safari/537.36',
    expected: { os: { name: 'Android', version: '5.0.2' }, browser: { name: 'Chrome', version: '34' }, device: tablet },
  },
  {
    label: 'Android WebView (wv) on a Pixel C tablet with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; Pixel C Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/52.0.2743.98 Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Chrome', version: '52' }, device: tablet },
  },
  {
    label: 'Android WebView (wv) on an Xperia Z4 Tablet with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SGP771 Build/32.2.A.0.253; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/52.0.2743.98 Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '52' }, device: tablet },
  },
  {
    label: 'Android WebView (wv) on a SHIELD Tablet with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SHIELD Tablet K1 Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/55.0.2883.91 Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '55' }, device: tablet },
  },
  {
    label: 'Android WebView (wv) on a Galaxy Tab A with Android 11',
    ua: 'Mozilla/5.0 (Linux; Android 11; SM-T505 Build/RP1A.200720.012; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Safari/537.36',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Chrome', version: '110' }, device: tablet },
  },
  {
    label: 'Android WebView 30 on a Galaxy S5 with Android 4.4.2 (before wv)',
    ua: 'Mozilla/5.0 (Linux; Android 4.4.2; SM-G900F Build/KOT49H) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/30.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '4.4.2' }, browser: { name: 'Chrome', version: '30' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Nexus 5 with Android 5.1.1',
    ua: 'Mozilla/5.0 (Linux; Android 5.1.1; Nexus 5 Build/LMY48B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/43.0.2357.65 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '5.1.1' }, browser: { name: 'Chrome', version: '43' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on an HTC One X10 with Android 6.0',
    ua: 'Mozilla/5.0 (Linux; Android 6.0; HTC One X10 Build/MRA58K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/61.0.3163.98 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0' }, browser: { name: 'Chrome', version: '61' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Galaxy S7 edge with Android 6.0.1',
    ua: 'Mozilla/5.0 (Linux; Android 6.0.1; SM-G935S Build/MMB29K; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/55.0.2883.91 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '6.0.1' }, browser: { name: 'Chrome', version: '55' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Pixel with Android 7.1.1',
    ua: 'Mozilla/5.0 (Linux; Android 7.1.1; Google Pixel Build/NMF26F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/54.0.2840.85 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.1.1' }, browser: { name: 'Chrome', version: '54' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Galaxy S8 Active with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; SM-G892A Build/NRD90M; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/60.0.3112.107 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Chrome', version: '60' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on an Xperia 1 with Android 9',
    ua: 'Mozilla/5.0 (Linux; Android 9; J8110 Build/55.0.A.0.552; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/71.0.3578.99 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '9' }, browser: { name: 'Chrome', version: '71' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Pixel 4 with Android 10',
    ua: 'Mozilla/5.0 (Linux; Android 10; Google Pixel 4 Build/QD1A.190821.014.C2; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/78.0.3904.108 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Chrome', version: '78' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Galaxy S22 with Android 12',
    ua: 'Mozilla/5.0 (Linux; Android 12; SM-S906N Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/80.0.3987.119 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Chrome', version: '80' }, device: mobile },
  },
  {
    label: 'Android WebView (wv) on a Pixel 9 with Android 15',
    ua: 'Mozilla/5.0 (Linux; Android 15; Pixel 9 Build/AP3A.241105.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '15' }, browser: { name: 'Chrome', version: '131' }, device: mobile },
  },
  {
    label: 'an Android WebView without a Chrome token (wv)',
    ua: 'Mozilla/5.0 (Linux; Android 10; SM-G996U Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'the Facebook app on Android 14 (WebView)',
    ua: 'Mozilla/5.0 (Linux; Android 14; SM-S911B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.193 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/446.0.0.36.111;]',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Chrome', version: '120' }, device: mobile },
  },
  {
    label: 'the Instagram app on Android 13 (WebView)',
    ua: 'Mozilla/5.0 (Linux; Android 13; SM-S908B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Instagram 311.0.0.32.118 Android (33/13; 480dpi; 1080x2220; samsung; SM-S908B; b0q; qcom; en_GB; 545986883)',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Chrome', version: '119' }, device: mobile },
  },
  {
    label: 'DuckDuckGo on Android 13 (reads as Chrome)',
    ua: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile DuckDuckGo/5 Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Chrome', version: '116' }, device: mobile },
  },
  {
    label: 'Yandex Browser on Android 12 (reads as Chrome)',
    ua: 'Mozilla/5.0 (Linux; arm_64; Android 12; SM-A525F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/104.0.5112.114 YaBrowser/22.9.4.86.00 SA/3 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Chrome', version: '104' }, device: mobile },
  },
  {
    label: 'Silk 47 on a Kindle Fire HDX (reads as Chrome, tablet)',
    ua: 'Mozilla/5.0 (Linux; Android 4.4.3; KFTHWI Build/KTU84M) AppleWebKit/537.36 (KHTML, like Gecko) Silk/47.1.79 like Chrome/47.0.2526.80 Safari/537.36',
    expected: { os: { name: 'Android', version: '4.4.3' }, browser: { name: 'Chrome', version: '47' }, device: tablet },
  },
  {
    label: 'UC Browser 11 on Android 7.0 (not one we name)',
    ua: 'Mozilla/5.0 (Linux; U; Android 7.0; en-US; SM-G935F Build/NRD90M) AppleWebKit/534.30 (KHTML, like Gecko) Version/4.0 UCBrowser/11.3.8.976 U3/0.8.0 Mobile Safari/534.30',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'the stock browser on a Galaxy Tab 10.1 with Android 3.0.1',
    ua: 'Mozilla/5.0 (Linux; U; Android 3.0.1; en-us; GT-P7100 Build/HRI83) AppleWebKit/534.13 (KHTML, like Gecko) Version/4.0 Safari/534.13',
    expected: { os: { name: 'Android', version: '3.0.1' }, browser: { name: 'Unknown' }, device: tablet },
  },
  {
    label: 'Samsung Internet 3.3 on a Galaxy Tab A with Android 5.0.2',
    ua: 'Mozilla/5.0 (Linux; Android 5.0.2; SAMSUNG SM-T550 Build/LRX22G) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/3.3 Chrome/38.0.2125.102 Safari/537.36',
    expected: { os: { name: 'Android', version: '5.0.2' }, browser: { name: 'Samsung Internet', version: '3' }, device: tablet },
  },
  {
    label: 'Samsung Internet 5.4 on a Galaxy S8 with Android 7.0',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; SAMSUNG SM-G955U Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/5.4 Chrome/51.0.2704.106 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Samsung Internet', version: '5' }, device: mobile },
  },
  {
    label: 'Samsung Internet 7.2 on a Galaxy S8 with Android 8.0.0',
    ua: 'Mozilla/5.0 (Linux; Android 8.0.0; SAMSUNG SM-G950F Build/R16NW) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/7.2 Chrome/59.0.3071.125 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '8.0.0' }, browser: { name: 'Samsung Internet', version: '7' }, device: mobile },
  },
  {
    label: 'Samsung Internet 9.2 on a Galaxy S9 with Android 9',
    ua: 'Mozilla/5.0 (Linux; Android 9; SAMSUNG SM-G960F Build/PPR1.180610.011) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/9.2 Chrome/67.0.3396.87 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '9' }, browser: { name: 'Samsung Internet', version: '9' }, device: mobile },
  },
  {
    label: 'Samsung Internet 12.1 on a Galaxy S10 with Android 10',
    ua: 'Mozilla/5.0 (Linux; Android 10; SAMSUNG SM-G973F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/12.1 Chrome/79.0.3945.136 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Samsung Internet', version: '12' }, device: mobile },
  },
  {
    label: 'Samsung Internet 14.2 on a Galaxy A51 with Android 11',
    ua: 'Mozilla/5.0 (Linux; Android 11; SAMSUNG SM-A515F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.2 Chrome/87.0.4280.141 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Samsung Internet', version: '14' }, device: mobile },
  },
  {
    label: 'Samsung Internet 17 on a Galaxy S21 with Android 12',
    ua: 'Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/17.0 Chrome/96.0.4664.104 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Samsung Internet', version: '17' }, device: mobile },
  },
  {
    label: 'Samsung Internet 20 on a Galaxy S22 Ultra with Android 13',
    ua: 'Mozilla/5.0 (Linux; Android 13; SAMSUNG SM-S908B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/20.0 Chrome/106.0.5249.126 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Samsung Internet', version: '20' }, device: mobile },
  },
  {
    label: 'Samsung Internet 23 on a phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Samsung Internet', version: '23' }, device: mobile },
  },
  {
    label: 'Samsung Internet 27 on a phone (reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/27.0 Chrome/125.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Samsung Internet', version: '27' }, device: mobile },
  },
  {
    label: 'Samsung Internet 28 on a Galaxy S24 with Android 15',
    ua: 'Mozilla/5.0 (Linux; Android 15; SAMSUNG SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/28.0 Chrome/130.0.0.0 Mobile Safari/537.36',
    expected: { os: { name: 'Android', version: '15' }, browser: { name: 'Samsung Internet', version: '28' }, device: mobile },
  },
  {
    label: 'Samsung Internet 10.1 on a Galaxy Tab A 10.1 with Android 9',
    ua: 'Mozilla/5.0 (Linux; Android 9; SAMSUNG SM-T510) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/10.1 Chrome/71.0.3578.99 Safari/537.36',
    expected: { os: { name: 'Android', version: '9' }, browser: { name: 'Samsung Internet', version: '10' }, device: tablet },
  },
  {
    label: 'Samsung Internet 14 on a Galaxy Tab S7 with Android 11',
    ua: 'Mozilla/5.0 (Linux; Android 11; SAMSUNG SM-T870) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/14.0 Chrome/87.0.4280.141 Safari/537.36',
    expected: { os: { name: 'Android', version: '11' }, browser: { name: 'Samsung Internet', version: '14' }, device: tablet },
  },
  {
    label: 'Samsung Internet 17 on a Galaxy Tab S6 Lite with Android 12',
    ua: 'Mozilla/5.0 (Linux; Android 12; SAMSUNG SM-P610) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/17.0 Chrome/96.0.4664.104 Safari/537.36',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Samsung Internet', version: '17' }, device: tablet },
  },
  {
    label: 'Samsung Internet 25 on a Galaxy Tab A8 with Android 14',
    ua: 'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Samsung Internet', version: '25' }, device: tablet },
  },
  {
    label: 'Samsung Internet 26 on a Galaxy tablet (reduced UA, no Mobile)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Safari/537.36',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Samsung Internet', version: '26' }, device: tablet },
  },
  {
    label: 'Firefox 41 on an Android 4.4 phone',
    ua: 'Mozilla/5.0 (Android 4.4; Mobile; rv:41.0) Gecko/41.0 Firefox/41.0',
    expected: { os: { name: 'Android', version: '4.4' }, browser: { name: 'Firefox', version: '41' }, device: mobile },
  },
  {
    label: 'Firefox 41 on an Android 4.4 tablet',
    ua: 'Mozilla/5.0 (Android 4.4; Tablet; rv:41.0) Gecko/41.0 Firefox/41.0',
    expected: { os: { name: 'Android', version: '4.4' }, browser: { name: 'Firefox', version: '41' }, device: tablet },
  },
  {
    label: 'Firefox 54 on an Android 7.0 phone',
    ua: 'Mozilla/5.0 (Android 7.0; Mobile; rv:54.0) Gecko/54.0 Firefox/54.0',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Firefox', version: '54' }, device: mobile },
  },
  {
    label: 'Firefox 68 on an Android 9 phone',
    ua: 'Mozilla/5.0 (Android 9; Mobile; rv:68.0) Gecko/68.0 Firefox/68.0',
    expected: { os: { name: 'Android', version: '9' }, browser: { name: 'Firefox', version: '68' }, device: mobile },
  },
  {
    label: 'Firefox 68 on an Android 5.1.1 tablet',
    ua: 'Mozilla/5.0 (Android 5.1.1; Tablet; rv:68.0) Gecko/68.0 Firefox/68.0',
    expected: { os: { name: 'Android', version: '5.1.1' }, browser: { name: 'Firefox', version: '68' }, device: tablet },
  },
  {
    label: 'Firefox 117 on an Android 13 phone (rv frozen at 109)',
    ua: 'Mozilla/5.0 (Android 13; Mobile; rv:109.0) Gecko/117.0 Firefox/117.0',
    expected: { os: { name: 'Android', version: '13' }, browser: { name: 'Firefox', version: '117' }, device: mobile },
  },
  {
    label: 'Firefox 128 on an Android 14 phone',
    ua: 'Mozilla/5.0 (Android 14; Mobile; rv:128.0) Gecko/128.0 Firefox/128.0',
    expected: { os: { name: 'Android', version: '14' }, browser: { name: 'Firefox', version: '128' }, device: mobile },
  },
  {
    label: 'Edge 42 on a Pixel with Android 8.1.0 (EdgA)',
    ua: 'Mozilla/5.0 (Linux; Android 8.1.0; Pixel Build/OPM4.171019.021.D1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/65.0.3325.109 Mobile Safari/537.36 EdgA/42.0.0.2057',
    expected: { os: { name: 'Android', version: '8.1.0' }, browser: { name: 'Edge', version: '42' }, device: mobile },
  },
  {
    label: 'Edge 110 on an Android phone (EdgA, reduced UA)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/110.0.0.0 Mobile Safari/537.36 EdgA/110.0.1587.66',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Edge', version: '110' }, device: mobile },
  },
  {
    label: 'Edge 120 on an Android tablet (EdgA, no Mobile)',
    ua: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 EdgA/120.0.0.0',
    expected: { os: { name: 'Android', version: '10' }, browser: { name: 'Edge', version: '120' }, device: tablet },
  },
  {
    label: 'Opera 42 on a Galaxy A3 with Android 7.0 (OPR)',
    ua: 'Mozilla/5.0 (Linux; Android 7.0; SM-A310F Build/NRD90M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.91 Mobile Safari/537.36 OPR/42.7.2246.114996',
    expected: { os: { name: 'Android', version: '7.0' }, browser: { name: 'Opera', version: '42' }, device: mobile },
  },
  {
    label: 'Opera 72 on a Galaxy S21 with Android 12 (OPR)',
    ua: 'Mozilla/5.0 (Linux; Android 12; SM-G991B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/106.0.5249.126 Mobile Safari/537.36 OPR/72.5.3767.69344',
    expected: { os: { name: 'Android', version: '12' }, browser: { name: 'Opera', version: '72' }, device: mobile },
  },
  {
    label: 'Presto Opera Mobile 12.10 on an Android 4.1.2 phone (Opera Mobi)',
    ua: 'Opera/9.80 (Android 4.1.2; Linux; Opera Mobi/ADR-1305251841) Presto/2.11.355 Version/12.10',
    expected: { os: { name: 'Android', version: '4.1.2' }, browser: { name: 'Opera', version: '12' }, device: mobile },
  },
  {
    label: 'Presto Opera Mobile 11.10 on an Android 3.2.1 tablet (Opera Tablet)',
    ua: 'Opera/9.80 (Android 3.2.1; Linux; Opera Tablet/ADR-1109081720; U; en) Presto/2.8.149 Version/11.10',
    expected: { os: { name: 'Android', version: '3.2.1' }, browser: { name: 'Opera', version: '11' }, device: tablet },
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
  {
    label: 'Chrome 120 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Chrome 33 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/33.0.1750.152 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '33' }, device: desktop },
  },
  {
    label: 'Ubuntu Chromium 37',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Ubuntu Chromium/37.0.2062.94 Chrome/37.0.2062.94 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '37' }, device: desktop },
  },
  {
    label: 'Yandex Browser 24.1 on Linux (reads as Chrome)',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 YaBrowser/24.1.0.0 Safari/537.36',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Vivaldi 2.2 on Linux (reads as Chrome)',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/71.0.3578.98 Safari/537.36 Vivaldi/2.2.1388.37',
    expected: { os: { name: 'Linux' }, browser: { name: 'Chrome', version: '71' }, device: desktop },
  },
  {
    label: 'Edge 120 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Edge', version: '120' }, device: desktop },
  },
  {
    label: 'Opera 106 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/106.0.0.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Opera', version: '106' }, device: desktop },
  },
  {
    label: 'Presto Opera 12.16 on Linux',
    ua: 'Opera/9.80 (X11; Linux x86_64) Presto/2.12.388 Version/12.16',
    expected: { os: { name: 'Linux' }, browser: { name: 'Opera', version: '12' }, device: desktop },
  },
  {
    label: 'Firefox 115 on Linux (rv frozen at 109)',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '115' }, device: desktop },
  },
  {
    label: 'Firefox 118 on Ubuntu (rv frozen at 109)',
    ua: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/118.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '118' }, device: desktop },
  },
  {
    label: 'Firefox 102 ESR on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:102.0) Gecko/20100101 Firefox/102.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '102' }, device: desktop },
  },
  {
    label: 'Firefox 140 on Linux',
    ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '140' }, device: desktop },
  },
  {
    label: 'Iceweasel 3.5 on Debian (like Firefox)',
    ua: 'Mozilla/5.0 (X11; U; Linux i686; en-US; rv:1.9.1.16) Gecko/20111108 Iceweasel/3.5.16 (like Firefox/3.5.16)',
    expected: { os: { name: 'Linux' }, browser: { name: 'Firefox', version: '3' }, device: desktop },
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
  {
    label: 'Chrome 120 on ChromeOS (reduced UA)',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '14541.0.0' }, browser: { name: 'Chrome', version: '120' }, device: desktop },
  },
  {
    label: 'Chrome 126 on an ARM Chromebook (reduced UA)',
    ua: 'Mozilla/5.0 (X11; CrOS aarch64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '14541.0.0' }, browser: { name: 'Chrome', version: '126' }, device: desktop },
  },
  {
    label: 'Chrome 119 on ChromeOS 15633.69.0',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 15633.69.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.212 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '15633.69.0' }, browser: { name: 'Chrome', version: '119' }, device: desktop },
  },
  {
    label: 'Chrome 103 on ChromeOS 14816.131.0',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 14816.131.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/103.0.5060.132 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '14816.131.0' }, browser: { name: 'Chrome', version: '103' }, device: desktop },
  },
  {
    label: 'Chrome 87 on ChromeOS 13505.63.0',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 13505.63.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/87.0.4280.109 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '13505.63.0' }, browser: { name: 'Chrome', version: '87' }, device: desktop },
  },
  {
    label: 'Chrome 76 on ChromeOS 12239.92.0',
    ua: 'Mozilla/5.0 (X11; CrOS x86_64 12239.92.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/76.0.3809.136 Safari/537.36',
    expected: { os: { name: 'ChromeOS', version: '12239.92.0' }, browser: { name: 'Chrome', version: '76' }, device: desktop },
  },
  {
    label: 'Chrome 20 on a 32-bit Chromebook (ChromeOS 2268.111.0)',
    ua: 'Mozilla/5.0 (X11; CrOS i686 2268.111.0) AppleWebKit/536.11 (KHTML, like Gecko) Chrome/20.0.1132.57 Safari/536.11',
    expected: { os: { name: 'ChromeOS', version: '2268.111.0' }, browser: { name: 'Chrome', version: '20' }, device: desktop },
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
  {
    label: 'IE Mobile 10 on Windows Phone 8.0',
    ua: 'Mozilla/5.0 (compatible; MSIE 10.0; Windows Phone 8.0; Trident/6.0; IEMobile/10.0; ARM; Touch; NOKIA; Lumia 920)',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: mobile },
  },
  {
    label: 'Bingbot crawler',
    ua: 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'Wget',
    ua: 'Wget/1.21.4',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
  {
    label: 'python-requests',
    ua: 'python-requests/2.31.0',
    expected: { os: { name: 'Unknown' }, browser: { name: 'Unknown' }, device: desktop },
  },
];
