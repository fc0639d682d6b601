import * as v from 'valibot';
import { CASE_PRIORITIES, CASE_STATUSES, DEVICE_TYPES, OS_VERSION_FILTER_PATTERN, parseOrThrow, SUPPORT_LEVELS, ValidationError } from '@loket/sdk';
import { requireStorableText } from '../http/storable-text';
import { decodeCursor } from '../store/case-list';
import type { CaseListQuery } from '../store/case-list';

const QuerySchema = v.strictObject({
  status: v.optional(
    v.pipe(
      v.string(),
      v.transform((text) => text.split(',').map((part) => part.trim()).filter(Boolean)),
      v.array(v.picklist(CASE_STATUSES, `A status is one of: ${CASE_STATUSES.join(', ')}; several with commas, e.g. status=new,in_progress.`)),
    ),
  ),
  priority: v.optional(v.picklist(CASE_PRIORITIES, `A priority is one of: ${CASE_PRIORITIES.join(', ')}.`)),
  level: v.optional(
    v.pipe(v.string(), v.transform(Number), v.picklist(SUPPORT_LEVELS, `A level is one of: ${SUPPORT_LEVELS.join(', ')}.`)),
  ),
  topic: v.optional(v.pipe(v.string(), v.minLength(1, 'Name a topic id, e.g. topic=internet.'))),
  escalated: v.optional(v.pipe(v.picklist(['true', 'false'], 'Write escalated=true or escalated=false.'), v.transform((text) => text === 'true'))),
  os: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'Name an operating system as captured, e.g. os=Windows.'), v.maxLength(200, 'An operating system name has at most 200 characters.'))),
  osVersion: v.optional(v.pipe(v.string(), v.trim(), v.regex(OS_VERSION_FILTER_PATTERN, 'Write the version as captured, or its start, e.g. osVersion=10 or osVersion=10.15.'))),
  browser: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1, 'Name a browser as captured, e.g. browser=Safari.'), v.maxLength(200, 'A browser name has at most 200 characters.'))),
  device: v.optional(v.picklist(DEVICE_TYPES, `A device is one of: ${DEVICE_TYPES.join(', ')}.`)),
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, 'Search for at most 200 characters.'))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, 'The limit is a whole number from 1 to 100.'),
      v.transform(Number),
      v.minValue(1, 'The limit is a whole number from 1 to 100.'),
      v.maxValue(100, 'The limit is a whole number from 1 to 100.'),
    ),
    '25',
  ),
  cursor: v.optional(v.string()),
});

/**
 * Reads the filters of `GET /v1/admin/sites/:site/cases` from the query string.
 *
 * @throws {ValidationError} naming each filter that is wrong (answered with 422).
 */
export function readCaseListQuery(query: Record<string, string>): CaseListQuery {
  const parsed = parseOrThrow(QuerySchema, query);
  // The text filters are compared in SQL: a NUL would fail there, not here.
  requireStorableText(parsed);
  const cursor = parsed.cursor === undefined ? undefined : decodeCursor(parsed.cursor);
  if (parsed.cursor !== undefined && !cursor) {
    throw new ValidationError([{ path: 'cursor', code: 'invalid', message: 'This is not a cursor from this list. Pass nextCursor of the previous page as it came, or leave cursor out for the first page.' }]);
  }
  if (parsed.osVersion !== undefined && parsed.os === undefined) {
    throw new ValidationError([{ path: 'osVersion', code: 'invalid', message: 'A version belongs to an operating system: add os, e.g. os=Windows&osVersion=10.' }]);
  }
  const { status, priority, level, topic, escalated, os, osVersion, browser, device, q, limit } = parsed;
  // listCases skips a filter that is left out or empty.
  return { status, priority, level, topic, escalated, os, osVersion, browser, device, q, limit, cursor };
}
