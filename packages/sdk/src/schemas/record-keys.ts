import * as v from 'valibot';

/**
 * Keys that valibot's `record` leaves out of its output without an issue, because they could
 * reach an object's prototype. A report sent with one would be accepted with that entry lost.
 */
export const RESERVED_KEYS = ['__proto__', 'prototype', 'constructor'] as const;

/**
 * A record whose keys are all kept or refused, never dropped: an object holding one of the
 * {@link RESERVED_KEYS} gets an issue on that key instead of losing it silently.
 *
 * @param key - Schema of the keys.
 * @param value - Schema of the values.
 * @param reservedMessage - Message for a reserved key, e.g. `(key) => \`No question can be called '${key}'.\``.
 * @example
 * const ContextSchema = recordOf(v.string(), v.string(), (key) => `Rename the context field '${key}'.`);
 * v.safeParse(ContextSchema, JSON.parse('{"constructor":"x"}')).issues?.[0]?.message; // "Rename the context field 'constructor'."
 */
export function recordOf<TKey extends v.GenericSchema<string, string | number | symbol>, TValue extends v.GenericSchema>(
  key: TKey,
  value: TValue,
  reservedMessage: (key: string) => string,
) {
  type Input = { [key: string]: v.InferInput<TValue> };
  return v.pipe(
    // Lets any value through to the check, typed as the record's input; the record checks it.
    v.custom<Input>(() => true),
    v.rawCheck<Input>(({ dataset, addIssue }) => {
      const input = dataset.value as unknown;
      if (typeof input !== 'object' || input === null) return;
      const record = input as Input;
      for (const reserved of RESERVED_KEYS.filter((name) => Object.hasOwn(record, name))) {
        addIssue({ message: reservedMessage(reserved), path: [{ type: 'object', origin: 'key', input: record, key: reserved, value: record[reserved] }] });
      }
    }),
    v.record(key, value),
  );
}
