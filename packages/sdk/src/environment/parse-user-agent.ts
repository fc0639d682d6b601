import { UNKNOWN_NAME } from './names';

/**
 * What a User-Agent string tells about the operating system, browser and kind of device.
 * Names are one of a fixed set (see {@link parseUserAgent}); `Unknown` when the string does not say.
 *
 * @example
 * ```ts
 * const parsed: ParsedUserAgent = {
 *   os: { name: 'Windows', version: '10' },
 *   browser: { name: 'Chrome', version: '131' },
 *   device: { type: 'desktop' },
 * };
 * ```
 */
export type ParsedUserAgent = {
  os: { name: string; version?: string };
  browser: { name: string; version?: string };
  device: { type: 'desktop' | 'mobile' | 'tablet' };
};

type NameAndVersion = { name: string; version?: string };

const UNKNOWN = UNKNOWN_NAME;

/** Windows NT kernel versions as sent in the UA. NT 10.0 is Windows 10 *and* 11; client hints tell them apart. */
const WINDOWS_VERSION_BY_NT = {
  '10.0': '10',
  '6.3': '8.1',
  '6.2': '8',
  '6.1': '7',
  '6.0': 'Vista',
  '5.2': 'XP',
  '5.1': 'XP',
} as const satisfies Record<string, string>;

/** Builds `{ name, version }`, leaving `version` out rather than setting it to `undefined`. */
function nameAndVersion(name: string, version: string | undefined): NameAndVersion {
  return version ? { name, version } : { name };
}

/** Reads `17_4_1` (iOS, old macOS) or `10.15` (Firefox on macOS) as `17.4.1` / `10.15`. */
function dottedVersion(raw: string | undefined): string | undefined {
  return raw?.replace(/_/g, '.');
}

function windowsVersion(ua: string): string | undefined {
  const nt = /Windows NT (\d+\.\d+)/.exec(ua)?.[1];
  return nt !== undefined && Object.hasOwn(WINDOWS_VERSION_BY_NT, nt)
    ? WINDOWS_VERSION_BY_NT[nt as keyof typeof WINDOWS_VERSION_BY_NT]
    : undefined;
}

function parseOs(ua: string): NameAndVersion {
  // Windows Phone UAs also claim Android and iPhone; none of our names fits, so say so first.
  if (/Windows Phone/.test(ua)) return { name: UNKNOWN };
  const appleVersion = dottedVersion(/\bOS (\d+(?:_\d+)*) like Mac OS X/.exec(ua)?.[1]);
  if (/\biPad\b/.test(ua)) {
    // iPadOS exists since version 13; older iPads ran iOS.
    const major = Number.parseInt(appleVersion ?? '', 10);
    return nameAndVersion(major < 13 ? 'iOS' : 'iPadOS', appleVersion);
  }
  if (/\b(?:iPhone|iPod)\b/.test(ua)) return nameAndVersion('iOS', appleVersion);
  // Before Linux: Android and ChromeOS UAs also contain "Linux" or "X11".
  if (/\bAndroid\b/.test(ua)) {
    return nameAndVersion('Android', /\bAndroid[ /](\d+(?:\.\d+)*)/.exec(ua)?.[1]);
  }
  if (/\bCrOS\b/.test(ua)) {
    return nameAndVersion('ChromeOS', /\bCrOS [^\s;)]+ (\d+(?:\.\d+)*)/.exec(ua)?.[1]);
  }
  if (/Windows/.test(ua)) return nameAndVersion('Windows', windowsVersion(ua));
  // iPadOS 13+ Safari asks for desktop sites by default and then sends a Mac UA: it lands here.
  if (/Macintosh|Mac OS X/.test(ua)) {
    return nameAndVersion('macOS', dottedVersion(/Mac OS X (\d+(?:[._]\d+)*)/.exec(ua)?.[1]));
  }
  if (/\bLinux\b/.test(ua)) return { name: 'Linux' };
  return { name: UNKNOWN };
}

function parseBrowser(ua: string, osName: string): NameAndVersion {
  const major = (pattern: RegExp): string | undefined => pattern.exec(ua)?.[1];
  // Chromium-based browsers also send `Chrome/`, so they are looked for before Chrome.
  if (/\b(?:Edg|EdgA|EdgiOS|Edge)\//.test(ua)) {
    return nameAndVersion('Edge', major(/\b(?:Edg|EdgA|EdgiOS|Edge)\/(\d+)/));
  }
  if (/\b(?:OPR|OPT|OPiOS)\//.test(ua)) {
    return nameAndVersion('Opera', major(/\b(?:OPR|OPT|OPiOS)\/(\d+)/));
  }
  if (/\bOpera\b/.test(ua)) {
    // Presto-era Opera froze its token at `Opera/9.80` and moved the real version to `Version/`.
    return nameAndVersion('Opera', major(/\bVersion\/(\d+)/) ?? major(/\bOpera[/ ](\d+)/));
  }
  if (/\bSamsungBrowser\//.test(ua)) {
    return nameAndVersion('Samsung Internet', major(/\bSamsungBrowser\/(\d+)/));
  }
  if (/\b(?:Firefox|FxiOS)\//.test(ua)) {
    return nameAndVersion('Firefox', major(/\b(?:Firefox|FxiOS)\/(\d+)/));
  }
  // No `\b`: `HeadlessChrome/` is Chrome too. Android WebViews (`; wv)`) send `Chrome/` as well.
  if (/(?:Chrome|CriOS)\//.test(ua)) return nameAndVersion('Chrome', major(/(?:Chrome|CriOS)\/(\d+)/));
  // The old Android stock browser sends `Version/4.0 ... Safari/` but is not Safari.
  // Apps' own web views on iOS send neither token and stay Unknown.
  if (osName !== 'Android' && /\bVersion\/\d/.test(ua) && /\bSafari\//.test(ua)) {
    return nameAndVersion('Safari', major(/\bVersion\/(\d+(?:\.\d+)?)/));
  }
  return { name: UNKNOWN };
}

function parseDeviceType(ua: string, osName: string): ParsedUserAgent['device']['type'] {
  if (/\biPad\b/.test(ua)) return 'tablet';
  if (/\b(?:iPhone|iPod)\b/.test(ua)) return 'mobile';
  // Android phones send `Mobile`; Android tablets leave it out (Chrome's and Firefox's documented rule).
  // `Mobi`, not `Mobile`: Presto Opera Mobile on phones says only `Opera Mobi/` (tablets: `Opera Tablet/`).
  if (osName === 'Android') return /Mobi/.test(ua) ? 'mobile' : 'tablet';
  // Anything else that says `Mobi` is a phone (MDN's advice), e.g. Windows Phone.
  return /Mobi/.test(ua) ? 'mobile' : 'desktop';
}

/**
 * Reads operating system, browser and kind of device from a User-Agent string.
 *
 * OS names: `Windows`, `macOS`, `iOS`, `iPadOS`, `Android`, `Linux`, `ChromeOS`, `Unknown`.
 * Browser names: `Chrome`, `Edge`, `Firefox`, `Safari`, `Samsung Internet`, `Opera`, `Unknown`.
 * It reports what the string says: Windows 11 sends `Windows NT 10.0` and is reported as `10`,
 * and current browsers on macOS freeze the version at `10.15.7`; `captureEnvironment` corrects
 * both with client hints where the browser has them.
 *
 * Pure and total: no DOM access, and any input (empty, garbage, very long) gives a result.
 *
 * @param ua - A User-Agent string, usually `navigator.userAgent`.
 * @returns The OS and browser (with versions where the string has them) and the device type.
 * @example
 * ```ts
 * parseUserAgent(
 *   'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 ' +
 *     '(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
 * );
 * // → { os: { name: 'iOS', version: '17.4' }, browser: { name: 'Safari', version: '17.4' },
 * //     device: { type: 'mobile' } }
 * ```
 */
export function parseUserAgent(ua: string): ParsedUserAgent {
  const text = typeof ua === 'string' ? ua : '';
  const os = parseOs(text);
  return {
    os,
    browser: parseBrowser(text, os.name),
    device: { type: parseDeviceType(text, os.name) },
  };
}
