/** Windows releases that customers and user agents name instead of numbering. */
const WINDOWS_VERSION_NAMES = { xp: '5.1', vista: '6.0' } as const;

const NUMERIC_VERSION = /^\d+(?:\.\d+)*$/;
const RANGE_RULE = /^([\w.]+)\s+-\s+([\w.]+)$/;
const COMPARISON_RULE = /^(<=|>=|<|>|=)?\s*([\w.]+)$/;

/** Whether Windows names (XP, Vista) apply: for Windows, and when the caller does not say. */
function knowsWindowsNames(osName: string | undefined): boolean {
  return osName === undefined || /^\s*windows\b/i.test(osName);
}

/** `'10.15.7'` as `[10, 15, 7]`, `'XP'` as `[5, 1]` on Windows; `undefined` when not a number. */
function numericParts(version: string, osName: string | undefined): number[] | undefined {
  const trimmed = version.trim().toLowerCase();
  const named = knowsWindowsNames(osName) && Object.hasOwn(WINDOWS_VERSION_NAMES, trimmed)
    ? WINDOWS_VERSION_NAMES[trimmed as keyof typeof WINDOWS_VERSION_NAMES]
    : trimmed;
  return NUMERIC_VERSION.test(named) ? named.split('.').map(Number) : undefined;
}

/** Compares part by part; a missing part counts as 0, so `11` equals `11.0`. */
function compareParts(a: readonly number[], b: readonly number[], length = Math.max(a.length, b.length)): number {
  for (let i = 0; i < length; i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/**
 * Compares two versions as dotted numbers, e.g. `10.15.7` comes before `11`. On Windows (or when
 * `osName` is left out) `XP` counts as 5.1 and `Vista` as 6.0. Versions that are not numbers
 * compare as lower-case text after every numeric version, so sorting with it is stable.
 *
 * @param a - A version, e.g. `'10.15.7'`.
 * @param b - Another version, e.g. `'11'`.
 * @param osName - The operating system the versions belong to, e.g. `'Windows'`.
 * @returns A negative number when `a` is older, 0 when equal, a positive number when newer.
 * @example
 * compareVersions('10.15.7', '11'); // -1
 * compareVersions('XP', '7', 'Windows'); // -1
 * ['11', 'XP', '8.1'].sort((a, b) => compareVersions(a, b)); // ['XP', '8.1', '11']
 */
export function compareVersions(a: string, b: string, osName?: string): number {
  const left = numericParts(a, osName);
  const right = numericParts(b, osName);
  if (left && right) return compareParts(left, right);
  if (left) return -1;
  if (right) return 1;
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Compares `version` with `bound` at the precision of the bound: against `8` every 8.x is equal,
 * against `10.15` so is 10.15.7. This makes `<`/`>=` and `>`/`<=` each other's opposites.
 */
function compareAtPrecision(version: readonly number[], bound: readonly number[]): number {
  return compareParts(version, bound, bound.length);
}

/**
 * Tells whether a version satisfies a version rule of an article's `appliesTo`.
 *
 * A rule is `<10`, `<=10`, `>11`, `>=11`, `=7`, `10` (same as `=10`) or an inclusive range
 * `7 - 8.1`. Versions compare at the precision of the rule: `=17` holds for iOS 17.4, `<=10` for
 * macOS 10.15.7, `>11` only from 12 on. On Windows `XP` is 5.1 and `Vista` 6.0. A version that is
 * not a number (nor such a name) only satisfies `=` with the same text, ignoring case; a rule that
 * cannot be read holds for nothing.
 *
 * @param rule - The rule, e.g. `'<10'` or `'7 - 8.1'`.
 * @param version - The version of the environment, e.g. `'8.1'` or `'XP'`.
 * @param osName - The operating system, so Windows names are only read as Windows versions.
 * @returns Whether the version satisfies the rule.
 * @example
 * matchesVersionRule('<10', 'XP', 'Windows'); // true
 * matchesVersionRule('<10', '11', 'Windows'); // false
 * matchesVersionRule('7 - 8.1', '8.1'); // true
 */
export function matchesVersionRule(rule: string, version: string, osName?: string): boolean {
  const trimmed = rule.trim();
  const parsedVersion = numericParts(version, osName);
  const range = RANGE_RULE.exec(trimmed);
  if (range) {
    const low = numericParts(range[1] ?? '', osName);
    const high = numericParts(range[2] ?? '', osName);
    if (!parsedVersion || !low || !high) return false;
    return compareAtPrecision(parsedVersion, low) >= 0 && compareAtPrecision(parsedVersion, high) <= 0;
  }
  const comparison = COMPARISON_RULE.exec(trimmed);
  if (!comparison) return false;
  const operator = comparison[1] ?? '=';
  const boundText = comparison[2] ?? '';
  const bound = numericParts(boundText, osName);
  if (!parsedVersion || !bound) {
    return operator === '=' && !parsedVersion && !bound && version.trim().toLowerCase() === boundText.toLowerCase();
  }
  const order = compareAtPrecision(parsedVersion, bound);
  switch (operator) {
    case '<': return order < 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '>=': return order >= 0;
    default: return order === 0;
  }
}
