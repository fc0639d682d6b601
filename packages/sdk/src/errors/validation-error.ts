import { HttpError } from './http-error';
import { ERROR_CODES } from './loket-error';

/** Why one field was refused. */
export type FieldErrorCode = 'required' | 'too_long' | 'too_short' | 'unknown_value' | 'invalid';

/** One refused field of a request. `path` is dotted, e.g. `environment.os.name`. */
export type FieldError = {
  /** Dotted path of the field, e.g. `description`. */
  path: string;
  /** Why it was refused. */
  code: FieldErrorCode;
  /** English explanation for developers. */
  message: string;
};

/**
 * A request was refused because of its content. `fields` lists every refused field, so a form
 * can show each message beside its field. Thrown before sending when the SDK already knows the
 * input is invalid (status `422` then too, as the server would answer).
 */
export class ValidationError extends HttpError {
  override name = 'LoketValidationError';
  /** Every refused field. */
  readonly fields: FieldError[];

  constructor(fields: FieldError[], message?: string, options: { cause?: unknown; status?: number } = {}) {
    super(
      options.status ?? 422,
      ERROR_CODES.validationFailed,
      message ?? `The request was refused: ${fields.map((field) => `${field.path}: ${field.message}`).join('; ')}`,
      options,
    );
    this.fields = fields;
  }
}

/** Tells whether a value is a {@link ValidationError}, across realms too. */
export function isValidationError(value: unknown): value is ValidationError {
  return value instanceof ValidationError || (value instanceof Error && value.name === 'LoketValidationError');
}
