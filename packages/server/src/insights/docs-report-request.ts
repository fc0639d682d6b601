import * as v from 'valibot';
import { DOCS_REPORT_FORMATS, isValidationError, LOCALES, toFieldErrors, ValidationError } from '@loket/sdk';
import type { DocsReportFormat, FieldError, Locale } from '@loket/sdk';
import { readSince } from './report-period';
import type { Since } from './report-period';

/** A request for the documentation fix report, checked. */
export type DocsReportRequest = { since: Since; locale: Locale; format: DocsReportFormat };

const RequestSchema = v.strictObject({
  since: v.optional(v.string()),
  locale: v.optional(v.picklist(LOCALES, `Ask for the report in one of the languages ${LOCALES.join(' or ')}, e.g. locale=en.`)),
  format: v.optional(v.picklist(DOCS_REPORT_FORMATS, `A format is one of: ${DOCS_REPORT_FORMATS.join(', ')}.`)),
});

/**
 * Reads `since`, `locale` and `format` of a documentation fix report, as the HTTP query or the
 * command line gave them, and refuses anything else.
 *
 * @param request - The values as written; a value left out takes its default.
 * @param defaults - The site's default language, and the format when none is asked for.
 * @throws {ValidationError} naming every wrong or unknown field at once.
 * @example
 * readDocsReportRequest({ since: '7d' }, { locale: 'nl', format: 'json' });
 * // { since: { kind: 'days', days: 7 }, locale: 'nl', format: 'json' }
 */
export function readDocsReportRequest(request: Record<string, string | undefined>, defaults: { locale: Locale; format: DocsReportFormat }): DocsReportRequest {
  const parsed = v.safeParse(RequestSchema, request);
  const errors: FieldError[] = parsed.success ? [] : toFieldErrors(parsed.issues);
  let since: Since | undefined;
  try {
    since = readSince(request.since);
  } catch (error) {
    if (!isValidationError(error)) throw error;
    errors.push(...error.fields);
  }
  if (!parsed.success || since === undefined || errors.length > 0) throw new ValidationError(errors);
  return { since, locale: parsed.output.locale ?? defaults.locale, format: parsed.output.format ?? defaults.format };
}
