import type { JsonSchema, OverrideActionContext } from '@valibot/to-json-schema';

export type { JsonSchema };

/**
 * The valibot actions of the SDK's schemas that JSON Schema cannot express, and what the OpenAPI
 * description does with each (docs/api.md, "OpenAPI"):
 * - `ignored`: left out, as they never refuse JSON. `trim` removes spaces around an e-mail address
 *   before it is checked (so the length limit counts the trimmed address); `finite` refuses
 *   Infinity and NaN, which JSON cannot carry.
 * - `described`: a check written as a function (`check`, also when `forward`ed to a field) is
 *   kept as its message in the schema's `description`, e.g. "A report holds at most 100 answers."
 * - A `regex` with the `i` flag becomes a pattern that spells out both cases of each letter; the
 *   `u` flag is what JSON Schema patterns assume anyway.
 */
export const UNCONVERTIBLE_ACTIONS = {
  ignored: ['trim', 'finite'],
  described: ['check'],
} as const;

/**
 * `overrideAction` of the conversion: describes in words, or rewrites, the actions that
 * `@valibot/to-json-schema` cannot convert; anything else is left to it (and stops it).
 */
export function describeUnconvertible({ valibotAction, jsonSchema }: OverrideActionContext): JsonSchema | undefined {
  if ((UNCONVERTIBLE_ACTIONS.described as readonly string[]).includes(valibotAction.type)) {
    const { message } = valibotAction as { message?: unknown };
    const rule = typeof message === 'string' ? message : 'The server checks more than this schema says; see docs/api.md.';
    return { ...jsonSchema, description: jsonSchema.description ? `${jsonSchema.description} ${rule}` : rule };
  }
  if (valibotAction.type === 'regex') {
    const { source, flags } = (valibotAction as unknown as { requirement: RegExp }).requirement;
    const unknownFlags = flags.replace(/[iu]/g, '');
    if (unknownFlags) throw new Error(`The regex /${source}/${flags} has flags JSON Schema cannot express: ${unknownFlags}. Write it without them.`);
    return { ...jsonSchema, pattern: flags.includes('i') ? spellBothCases(source) : source };
  }
  return undefined;
}

/**
 * Rewrites a regular expression's source to match as with the `i` flag, by turning each letter
 * outside a character class into a class of both its cases (`http` → `[hH][tT][tT][pP]`).
 *
 * @throws {Error} for a letter inside a character class, which this does not rewrite.
 */
export function spellBothCases(source: string): string {
  let pattern = '';
  for (let index = 0; index < source.length; index++) {
    const char = source[index]!;
    if (char === '\\') {
      pattern += char + (source[index + 1] ?? '');
      index++;
    } else if (char === '[') {
      const end = source.indexOf(']', index);
      const characterClass = source.slice(index, end + 1);
      if (/[a-z]/i.test(characterClass.replace(/\\./g, ''))) {
        throw new Error(`Cannot describe /${source}/i in JSON Schema: a character class with letters. Write both cases in the class.`);
      }
      pattern += characterClass;
      index = end;
    } else {
      pattern += char.toLowerCase() === char.toUpperCase() ? char : `[${char.toLowerCase()}${char.toUpperCase()}]`;
    }
  }
  return pattern;
}
