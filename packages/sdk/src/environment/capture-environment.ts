import type { Environment, Os } from '../schemas/environment';
import { parseUserAgent } from './parse-user-agent';

type ContextValue = string | number | boolean;

/**
 * Where `captureEnvironment` reads from. Every field defaults to the browser's own global, so
 * in a page you pass nothing (or only `context`); tests and other hosts pass stand-ins.
 *
 * @example
 * ```ts
 * const options: CaptureEnvironmentOptions = {
 *   context: { plan: 'pro', seats: 12 },
 *   navigator: { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) ...', language: 'nl-NL' },
 *   location: { href: 'https://shop.example/checkout?coupon=X#pay' },
 * };
 * ```
 */
export type CaptureEnvironmentOptions = {
  /**
   * The host page's own fields, as passed to `Loket.setContext()`. Left out when empty.
   * Strings are cut to 500 characters, keys to 64, and only the first 30 fields are kept.
   * @default undefined
   * @example { plan: 'pro', seats: 12, trial: false }
   */
  context?: Record<string, ContextValue>;
  /**
   * The navigator to read User-Agent, client hints, language, online state and connection from.
   * @default globalThis.navigator
   * @example { userAgent: navigator.userAgent, language: 'nl-NL', onLine: true }
   */
  navigator?: {
    userAgent?: string;
    language?: string;
    onLine?: boolean;
    connection?: { effectiveType?: string };
    userAgentData?: {
      getHighEntropyValues?: (hints: string[]) => Promise<{ platformVersion?: string }>;
    };
  };
  /**
   * The page's location; only `origin` and `pathname` are kept, never query string or fragment.
   * @default globalThis.location
   * @example { href: 'https://shop.example/checkout' }
   */
  location?: { href: string };
  /**
   * The screen, in CSS pixels.
   * @default globalThis.screen
   * @example { width: 1920, height: 1080 }
   */
  screen?: { width: number; height: number };
  /**
   * Whatever has the viewport size as `innerWidth` and `innerHeight`: the window.
   * @default globalThis
   * @example { innerWidth: 1280, innerHeight: 720 }
   */
  window?: { innerWidth: number; innerHeight: number };
  /**
   * IANA time zone.
   * @default Temporal.Now.timeZoneId(), else Intl.DateTimeFormat().resolvedOptions().timeZone
   * @example 'Europe/Amsterdam'
   */
  timeZone?: string;
};

/** Longest wait for client hints; a report should never hang on them. */
const CLIENT_HINTS_TIMEOUT_MS = 300;
const MAX_CONTEXT_FIELDS = 30;
const MAX_SIZE = 100_000;

/** Reads a value that may be missing or throw (hostile getters, sandboxed frames). */
function readSafely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function nonEmptyText(value: unknown, maxLength: number): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (value.length <= maxLength) return value;
  const cut = value.slice(0, maxLength);
  // Do not leave half of a surrogate pair (an emoji, say) at the end.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function size(width: unknown, height: unknown): { width: number; height: number } | undefined {
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  if (!Number.isFinite(width) || !Number.isFinite(height)) return undefined;
  const clamp = (n: number) => Math.min(MAX_SIZE, Math.max(0, Math.round(n)));
  return { width: clamp(width), height: clamp(height) };
}

/**
 * The address of a page as the environment records it: `href` without query string, fragment or
 * credentials, which may hold tokens or personal data; `undefined` for what is not a URL. The
 * widget reads it again when a single-page app changes its route.
 *
 * @example
 * pageAddress('https://shop.example/checkout?coupon=X#pay'); // → 'https://shop.example/checkout'
 */
export function pageAddress(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href);
    url.search = '';
    url.hash = '';
    url.username = '';
    url.password = '';
    return nonEmptyText(url.href, 2000);
  } catch {
    return undefined; // Not a URL: sending it as is could leak the very query we strip.
  }
}

function cleanContext(context: unknown): Record<string, ContextValue> | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  const entries: [string, ContextValue][] = [];
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of Object.entries(context)) {
    if (entries.length === MAX_CONTEXT_FIELDS) break;
    const key = nonEmptyText(rawKey, 64) ?? '';
    if (seen.has(key)) continue;
    const value =
      typeof rawValue === 'string'
        ? (nonEmptyText(rawValue, 500) ?? '')
        : typeof rawValue === 'boolean' || (typeof rawValue === 'number' && Number.isFinite(rawValue))
          ? rawValue
          : undefined;
    if (value === undefined) continue;
    seen.add(key);
    entries.push([key, value]);
  }
  // fromEntries defines own properties, so a `__proto__` key stays a plain field.
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The IANA time zone. `Temporal.Now.timeZoneId()` costs nothing where browsers have it, while a
 * page's first `Intl.DateTimeFormat` starts up the browser's date formatting: 30 to 80 ms in one
 * task in a fresh Chromium page, which the host page would feel.
 */
function readTimeZone(): string | undefined {
  const temporal = (globalThis as { Temporal?: { Now?: { timeZoneId?: () => string } } }).Temporal;
  return temporal?.Now?.timeZoneId?.() ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Asks the browser for its platform version, giving up on failure or after the timeout. */
async function readPlatformVersion(
  navigator: CaptureEnvironmentOptions['navigator'],
): Promise<string | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const userAgentData = navigator?.userAgentData;
    if (typeof userAgentData?.getHighEntropyValues !== 'function') return undefined;
    // Only the hint we use: high-entropy hints are fingerprinting surface.
    const hints = Promise.resolve(userAgentData.getHighEntropyValues(['platformVersion']));
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, CLIENT_HINTS_TIMEOUT_MS, undefined);
    });
    const version = (await Promise.race([hints, timeout]))?.platformVersion;
    return typeof version === 'string' && /^\d+(?:\.\d+)*$/.test(version) ? version : undefined;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Safari, Firefox and Chrome on every macOS since 11 send "10.15.7" in the user agent. Without a
 * client hint to say better, that version is a guess that would rule articles in and out wrongly
 * ("installer fails on macOS < 12" for a customer on macOS 15), so it is left out.
 */
function withoutFrozenMacVersion(os: Os): Os {
  return os.name === 'macOS' && os.version === '10.15.7' ? { name: os.name } : os;
}

/**
 * Windows 11 and recent macOS send frozen versions in the UA; the platform version hint has the truth.
 * @see https://learn.microsoft.com/en-us/microsoft-edge/web-platform/how-to-detect-win11
 */
function osWithPlatformVersion(os: Os, platformVersion: string): Os {
  if (os.name === 'macOS') return { name: 'macOS', version: platformVersion };
  const major = Number.parseInt(platformVersion, 10);
  if (major >= 13) return { name: 'Windows', version: '11' };
  if (major >= 1) return { name: 'Windows', version: '10' };
  return os; // 0.x: Windows 7, 8 or 8.1, which the UA already tells apart.
}

/**
 * Captures the environment of a report: OS, browser, device, language, time zone, screen and
 * viewport sizes, online state, connection type, page (without query string or fragment) and
 * the host page's context. Where the browser has User-Agent Client Hints, they correct the
 * Windows (10 or 11) and macOS versions; hints that fail or take over 300 ms are ignored.
 *
 * Fields the host cannot tell (no `location` or `screen` in Node, say) are left out. The result
 * always satisfies `EnvironmentSchema`.
 *
 * @param options - Context to include, and stand-ins for the browser globals.
 * @returns The captured environment; the promise never rejects.
 * @example
 * ```ts
 * const environment = await captureEnvironment({ context: { plan: 'pro' } });
 * // → { os: { name: 'Windows', version: '11' }, browser: { name: 'Edge', version: '131' },
 * //     device: { type: 'desktop' }, language: 'nl-NL', timeZone: 'Europe/Amsterdam',
 * //     screen: { width: 1920, height: 1080 }, viewport: { width: 1280, height: 720 },
 * //     online: true, connection: '4g', page: 'https://shop.example/checkout',
 * //     context: { plan: 'pro' } }
 * ```
 */
export async function captureEnvironment(
  options: CaptureEnvironmentOptions = {},
): Promise<Environment> {
  const navigator =
    options.navigator ??
    readSafely(() => globalThis.navigator as CaptureEnvironmentOptions['navigator']);
  const location = options.location ?? readSafely(() => globalThis.location);
  const screen = options.screen ?? readSafely(() => globalThis.screen);
  const viewportSource = options.window ?? globalThis;
  const environment: Environment = {};

  const userAgent = readSafely(() => navigator?.userAgent);
  if (typeof userAgent === 'string' && userAgent !== '') {
    const { os, browser, device } = parseUserAgent(userAgent);
    const platformVersion =
      os.name === 'Windows' || os.name === 'macOS' ? await readPlatformVersion(navigator) : undefined;
    const clampVersion = (part: { name: string; version?: string }) =>
      part.version === undefined ? part : { ...part, version: part.version.slice(0, 200) };
    environment.os = clampVersion(platformVersion ? osWithPlatformVersion(os, platformVersion) : withoutFrozenMacVersion(os));
    environment.browser = clampVersion(browser);
    environment.device = device;
  }

  const language = nonEmptyText(readSafely(() => navigator?.language), 35);
  if (language) environment.language = language;
  const timeZone = nonEmptyText(options.timeZone ?? readSafely(readTimeZone), 64);
  if (timeZone) environment.timeZone = timeZone;
  const screenSize = readSafely(() => size(screen?.width, screen?.height));
  if (screenSize) environment.screen = screenSize;
  const viewport = readSafely(() => size(viewportSource.innerWidth, viewportSource.innerHeight));
  if (viewport) environment.viewport = viewport;
  const online = readSafely(() => navigator?.onLine);
  if (typeof online === 'boolean') environment.online = online;
  const connection = nonEmptyText(readSafely(() => navigator?.connection?.effectiveType), 20);
  if (connection) environment.connection = connection;
  const page = pageAddress(readSafely(() => location?.href));
  if (page) environment.page = page;
  const context = readSafely(() => cleanContext(options.context));
  if (context) environment.context = context;
  return environment;
}
