import type { AppliesTo, NameVersionRule } from '../schemas/article';
import type { Environment } from '../schemas/environment';
import { matchesVersionRule } from './version-rule';

/**
 * How an article's `appliesTo` fits an environment: it names the environment (`match`), does not
 * say or cannot tell (`neutral`), or names only other environments (`contradicts`).
 *
 * @example
 * if (environmentFit(article.appliesTo, environment) === ENVIRONMENT_FITS.contradicts) return;
 */
export const ENVIRONMENT_FITS = { match: 'match', neutral: 'neutral', contradicts: 'contradicts' } as const;

/**
 * How an article's `appliesTo` fits an environment.
 *
 * @example
 * const fit: EnvironmentFit = 'neutral';
 */
export type EnvironmentFit = (typeof ENVIRONMENT_FITS)[keyof typeof ENVIRONMENT_FITS];

type NameAndVersion = { name: string; version?: string | undefined };

const toList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);
const normaliseName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A name the capture could not read is as good as a removed field: it tells nothing. */
function isKnown(value: NameAndVersion | undefined): value is NameAndVersion {
  return value !== undefined && !['', 'unknown'].includes(normaliseName(value.name));
}

function fitOfRule(rule: NameVersionRule, actual: NameAndVersion): EnvironmentFit {
  if (normaliseName(rule.name) !== normaliseName(actual.name)) return ENVIRONMENT_FITS.contradicts;
  if (rule.version === undefined) return ENVIRONMENT_FITS.match;
  // Right name, version unknown: the article may well apply, so it is not held against it.
  if (actual.version === undefined || actual.version.trim() === '') return ENVIRONMENT_FITS.neutral;
  // The product's own name, so Windows names (XP, Vista) are never read as browser versions.
  return matchesVersionRule(rule.version, actual.version, actual.name) ? ENVIRONMENT_FITS.match : ENVIRONMENT_FITS.contradicts;
}

/** The best fit of any rule in the list: one matching rule is enough. */
function fitOfRules(rules: NameVersionRule[], actual: NameAndVersion | undefined): EnvironmentFit {
  if (!isKnown(actual)) return ENVIRONMENT_FITS.neutral;
  const fits = rules.map((rule) => fitOfRule(rule, actual));
  if (fits.includes(ENVIRONMENT_FITS.match)) return ENVIRONMENT_FITS.match;
  return fits.includes(ENVIRONMENT_FITS.neutral) ? ENVIRONMENT_FITS.neutral : ENVIRONMENT_FITS.contradicts;
}

/**
 * Tells how an article's `appliesTo` fits the customer's environment.
 *
 * Each key of `appliesTo` that is present (`os`, `browser`, `device`) is checked against the same
 * field of the environment; a list means any one of its rules. Names compare without regard to
 * case. A field the environment lacks (the customer removed it, or the capture says `Unknown`)
 * makes that key neutral, and so does a rule with a version when the environment has the right
 * name but no version. One contradicting key makes the whole article contradict.
 *
 * @param appliesTo - Where the article applies; `undefined` for an article about everything.
 * @param environment - The environment of the report; every field optional.
 * @returns `contradicts` when a key rules the environment out, else `match` when a key names it,
 *   else `neutral`.
 * @example
 * environmentFit({ os: { name: 'Windows', version: '<10' } }, { os: { name: 'windows', version: '7' } }); // 'match'
 * environmentFit({ os: { name: 'Windows', version: '<10' } }, { os: { name: 'Windows', version: '11' } }); // 'contradicts'
 * environmentFit({ os: { name: 'Windows', version: '<10' } }, { browser: { name: 'Chrome' } }); // 'neutral'
 */
export function environmentFit(appliesTo: AppliesTo | undefined, environment: Environment): EnvironmentFit {
  if (appliesTo === undefined) return ENVIRONMENT_FITS.neutral;
  const fits: EnvironmentFit[] = [];
  if (appliesTo.os !== undefined) fits.push(fitOfRules(toList(appliesTo.os), environment.os));
  if (appliesTo.browser !== undefined) fits.push(fitOfRules(toList(appliesTo.browser), environment.browser));
  if (appliesTo.device !== undefined && environment.device !== undefined) {
    fits.push(toList(appliesTo.device).includes(environment.device.type) ? ENVIRONMENT_FITS.match : ENVIRONMENT_FITS.contradicts);
  }
  if (fits.includes(ENVIRONMENT_FITS.contradicts)) return ENVIRONMENT_FITS.contradicts;
  return fits.includes(ENVIRONMENT_FITS.match) ? ENVIRONMENT_FITS.match : ENVIRONMENT_FITS.neutral;
}
