import * as v from 'valibot';
import { ValidationError } from '../errors/validation-error';
import type { FieldError, FieldErrorCode } from '../errors/validation-error';

const CODE_BY_ISSUE_TYPE: Record<string, FieldErrorCode> = {
  non_empty: 'required',
  min_length: 'required',
  max_length: 'too_long',
  max_value: 'too_long',
  picklist: 'unknown_value',
};

function codeOf(issue: v.BaseIssue<unknown>): FieldErrorCode {
  if (issue.input === undefined || (issue.type === 'regex' && String(issue.requirement) === '/\\S/u')) {
    return 'required';
  }
  return CODE_BY_ISSUE_TYPE[issue.type] ?? 'invalid';
}

/**
 * Turns valibot issues into field errors with a dotted path and a stable code.
 *
 * @example
 * toFieldErrors(v.safeParse(CaseInputSchema, {}).issues ?? []);
 * // [{ path: 'topic', code: 'required', message: 'Choose a topic.' }, …]
 */
export function toFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldError[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    code: codeOf(issue),
    message: plainMessage(issue),
  }));
}

/** valibot's own words for a missing or unknown key, said plainly; custom messages are kept. */
function plainMessage(issue: v.BaseIssue<unknown>): string {
  if (!issue.message.startsWith('Invalid key:')) return issue.message;
  if (issue.expected === 'never') return `Unknown field ${issue.received}: check its spelling, or remove it.`;
  if (issue.input === undefined && issue.expected) return `The field ${issue.expected} is missing: add it.`;
  return issue.message;
}

/**
 * Parses a value with a schema and throws a {@link ValidationError} listing every refused field.
 *
 * @throws {ValidationError} when the value does not fit the schema.
 * @example
 * const input = parseOrThrow(CaseInputSchema, body);
 */
export function parseOrThrow<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  throw new ValidationError(toFieldErrors(result.issues));
}

/**
 * Lists what is wrong with a value, without throwing: an empty list means it fits the schema.
 * Forms use it to show each problem beside its field before anything is sent.
 *
 * @example
 * findFieldErrors(CaseInputSchema, { topic: 'internet', description: '' });
 * // [{ path: 'description', code: 'required', … }]
 */
export function findFieldErrors(schema: v.GenericSchema, value: unknown): FieldError[] {
  const result = v.safeParse(schema, value);
  return result.success ? [] : toFieldErrors(result.issues);
}
