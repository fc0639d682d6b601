import type { DeviceType, Environment, Locale } from '@loket/sdk';
import type { Random } from './random';

/** A kind of computer or phone customers report from, e.g. Windows 7 with Chrome 109. */
export type EnvironmentProfile = {
  os: string;
  osVersions: readonly string[];
  browser: string;
  browserVersions: readonly string[];
  device: DeviceType;
};

const CHROME = ['142', '143', '144', '145', '146'];
const FIREFOX = ['144', '145', '146', '147'];
const SAFARI = ['18.6', '26.0', '26.1'];

/** Every profile of the demo, by name. */
export const PROFILES = {
  windows11Chrome: { os: 'Windows', osVersions: ['11'], browser: 'Chrome', browserVersions: CHROME, device: 'desktop' },
  windows11Edge: { os: 'Windows', osVersions: ['11'], browser: 'Edge', browserVersions: CHROME, device: 'desktop' },
  windows10Chrome: { os: 'Windows', osVersions: ['10'], browser: 'Chrome', browserVersions: CHROME, device: 'desktop' },
  windows10Firefox: { os: 'Windows', osVersions: ['10'], browser: 'Firefox', browserVersions: FIREFOX, device: 'desktop' },
  // Chrome 109 and Firefox 115 ESR are the last versions for Windows 7 and 8.1.
  windows7Chrome: { os: 'Windows', osVersions: ['7'], browser: 'Chrome', browserVersions: ['109'], device: 'desktop' },
  windows7Firefox: { os: 'Windows', osVersions: ['7'], browser: 'Firefox', browserVersions: ['115'], device: 'desktop' },
  windows8Chrome: { os: 'Windows', osVersions: ['8.1'], browser: 'Chrome', browserVersions: ['109'], device: 'desktop' },
  macSafari: { os: 'macOS', osVersions: ['14.7', '15.6', '26.1'], browser: 'Safari', browserVersions: SAFARI, device: 'desktop' },
  macChrome: { os: 'macOS', osVersions: ['15.6', '26.1'], browser: 'Chrome', browserVersions: CHROME, device: 'desktop' },
  oldMacSafari: { os: 'macOS', osVersions: ['10.15.7', '11.7'], browser: 'Safari', browserVersions: ['15.6', '16.6'], device: 'desktop' },
  iphoneSafari: { os: 'iOS', osVersions: ['18.6', '26.0', '26.1'], browser: 'Safari', browserVersions: SAFARI, device: 'mobile' },
  androidChrome: { os: 'Android', osVersions: ['14', '15', '16'], browser: 'Chrome', browserVersions: CHROME, device: 'mobile' },
  androidSamsung: { os: 'Android', osVersions: ['14', '15'], browser: 'Samsung Internet', browserVersions: ['28.0', '29.0'], device: 'mobile' },
  oldAndroidChrome: { os: 'Android', osVersions: ['9', '10'], browser: 'Chrome', browserVersions: ['103', '106'], device: 'mobile' },
  ipadSafari: { os: 'iPadOS', osVersions: ['18.6', '26.1'], browser: 'Safari', browserVersions: SAFARI, device: 'tablet' },
  linuxFirefox: { os: 'Linux', osVersions: [], browser: 'Firefox', browserVersions: FIREFOX, device: 'desktop' },
  chromebook: { os: 'ChromeOS', osVersions: ['142'], browser: 'Chrome', browserVersions: CHROME, device: 'desktop' },
} as const satisfies Record<string, EnvironmentProfile>;

/** How often each profile reports when a story does not say: about half on a phone or tablet. */
export const GENERAL_MIX: ReadonlyArray<readonly [EnvironmentProfile, number]> = [
  [PROFILES.windows11Chrome, 15],
  [PROFILES.windows11Edge, 7],
  [PROFILES.windows10Chrome, 11],
  [PROFILES.windows10Firefox, 3],
  [PROFILES.windows7Chrome, 1],
  [PROFILES.macSafari, 8],
  [PROFILES.macChrome, 3],
  [PROFILES.iphoneSafari, 20],
  [PROFILES.androidChrome, 17],
  [PROFILES.androidSamsung, 6],
  [PROFILES.ipadSafari, 4],
  [PROFILES.linuxFirefox, 1],
  [PROFILES.chromebook, 1],
];

const SIZES: Record<DeviceType, ReadonlyArray<readonly [number, number]>> = {
  desktop: [[1920, 1080], [1536, 864], [1440, 900], [1366, 768], [2560, 1440]],
  mobile: [[390, 844], [393, 852], [412, 915], [360, 800], [430, 932]],
  tablet: [[820, 1180], [768, 1024], [1024, 1366]],
};

const ORIGIN = 'http://localhost:8787';

/**
 * The environment the widget would send from a customer on this profile: operating system,
 * browser, device, language, screen and the page, with now and then a detail the customer removed.
 */
export function environmentOf(random: Random, profile: EnvironmentProfile, locale: Locale): Environment {
  const osVersion = profile.osVersions.length > 0 ? random.pick(profile.osVersions) : undefined;
  const [width, height] = random.pick(SIZES[profile.device]);
  const environment: Environment = {
    os: { name: profile.os, ...(osVersion ? { version: osVersion } : {}) },
    browser: { name: profile.browser, version: random.pick(profile.browserVersions) },
    device: { type: profile.device },
    language: locale === 'nl' ? random.weighted([['nl-NL', 9], ['nl-BE', 1]]) : random.pick(['en-GB', 'en-US', 'en']),
    timeZone: 'Europe/Amsterdam',
    screen: { width, height },
    viewport: { width: profile.device === 'desktop' ? width - random.int(0, 300) : width, height: height - random.int(80, 200) },
    online: true,
    ...(['Chrome', 'Edge', 'Samsung Internet'].includes(profile.browser) ? { connection: '4g' } : {}),
    page: random.chance(0.7) ? `${ORIGIN}/support` : `${ORIGIN}/`,
  };
  // A few customers remove a detail on the review step.
  if (random.chance(0.04)) delete environment.browser;
  if (random.chance(0.03)) delete environment.screen;
  return environment;
}
