import * as v from 'valibot';

/**
 * Characters of a case reference: digits and capitals without the ones people confuse
 * (0/O, 1/I/L, U/V, S/5 are kept apart by dropping O, I, L, U and S).
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRTVWXYZ';

/** A case reference such as `LK-4F7Q-92KD`. */
export const REFERENCE_PATTERN = new RegExp(`^LK-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** Schema of a case reference. */
export const ReferenceSchema = v.pipe(v.string(), v.regex(REFERENCE_PATTERN, 'A case reference looks like LK-4F7Q-92KD.'));

/**
 * Makes what a customer typed into a reference: trims it and upper-cases it, so
 * ` lk-4f7q-92kd ` finds `LK-4F7Q-92KD`. Returns `undefined` when it cannot be a reference.
 *
 * @example
 * normalizeReference(' lk-4f7q-92kd'); // 'LK-4F7Q-92KD'
 */
export function normalizeReference(input: string): string | undefined {
  const candidate = input.trim().toUpperCase();
  return REFERENCE_PATTERN.test(candidate) ? candidate : undefined;
}
