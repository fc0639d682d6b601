import { EMAIL_MAX_LENGTH, ERROR_CODES, isConnectionError, isHttpError, isValidationError } from '@loket/sdk';
import type { FieldError } from '@loket/sdk';
import type { Translation } from '../translations/index';

/** Where the widget shows a problem: beside a field, or above the send button. */
export type WidgetProblem = { field?: 'topic' | 'description' | 'email'; message: string };

/** Explains a refused field in the customer's language, never in the server's words. */
export function explainFieldError(field: FieldError, t: Translation, maxLength: number): WidgetProblem {
  if (field.path === 'topic') {
    return { field: 'topic', message: field.code === 'unknown_value' ? t.errors.topicUnknown : t.errors.topicRequired };
  }
  if (field.path === 'description') {
    return { field: 'description', message: field.code === 'too_long' ? t.errors.descriptionTooLong(maxLength) : t.errors.descriptionRequired };
  }
  if (field.path === 'contact.email' || field.path === 'email') {
    return { field: 'email', message: field.code === 'too_long' ? t.errors.emailTooLong(EMAIL_MAX_LENGTH) : t.errors.emailInvalid };
  }
  return { message: t.errors.server };
}

/** Turns whatever sending threw into a translated message, and the field it belongs to. */
export function explainError(error: unknown, t: Translation, maxLength: number): WidgetProblem {
  if (isValidationError(error) && error.fields[0]) return explainFieldError(error.fields[0], t, maxLength);
  if (isHttpError(error)) {
    if (error.code === ERROR_CODES.siteNotFound) return { message: t.errors.siteNotFound };
    // Long answers can make a report too large as well as the description: say so, stay on the review.
    if (error.code === ERROR_CODES.bodyTooLarge) return { message: t.errors.tooLarge };
    return { message: t.errors.server };
  }
  if (isConnectionError(error)) return { message: t.errors.network };
  return { message: t.errors.server };
}
