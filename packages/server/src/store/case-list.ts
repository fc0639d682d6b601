import type { CasePriority, CaseStatus, DeviceType, SupportCaseList, SupportLevel } from '@loket/sdk';
import type { CaseRow } from './case-row';
import { toSupportCaseSummary } from './case-views';
import type { Queryable } from './database';

/** Which cases of a site to list, newest updated first. */
export type CaseListQuery = {
  status?: CaseStatus[];
  priority?: CasePriority;
  level?: SupportLevel;
  topic?: string;
  /** Only cases that were (`true`) or were not (`false`) escalated. */
  escalated?: boolean;
  /** Operating system name as captured, e.g. `Windows` (case-insensitive). */
  os?: string;
  /** With `os`: this version, or a version under it (`10` matches `10` and `10.15.7`, not `100`). */
  osVersion?: string;
  /** Browser name as captured, e.g. `Safari` (case-insensitive). */
  browser?: string;
  /** Kind of device. */
  device?: DeviceType;
  /** Text in the reference, the description, a message or a repeat contact (case-insensitive). */
  q?: string;
  limit: number;
  /** Where the previous page ended, as {@link encodeCursor} made it. */
  cursor?: { updatedAt: string; id: string };
};

// PostgreSQL's text form of a timestamptz, e.g. `2026-11-23 10:00:00.123456+00`: exact to the microsecond.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?(?:[+-](\d{2})(?::(\d{2}))?(?::(\d{2}))?|Z)$/;

/**
 * Whether text has the form of {@link TIMESTAMP} and names a time PostgreSQL can cast to
 * timestamptz: a day on the calendar, a time of day and an offset of at most 15:59:59. A cursor
 * is the client's to send, so a forged one must get a 422, not a failed cast.
 */
function isTimestamp(text: string): boolean {
  const parts = TIMESTAMP.exec(text)?.slice(1).map((part) => Number(part ?? 0));
  if (!parts) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes, offsetSeconds] = parts as [number, number, number, number, number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const onCalendar = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return onCalendar && hour < 24 && minute < 60 && second < 60 && offsetHours < 16 && offsetMinutes < 60 && offsetSeconds < 60;
}

/** Makes the opaque cursor of a page that ends with this case. */
export function encodeCursor(updatedAt: string, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt, id]), 'utf8').toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor}; `undefined` when it is not one. */
export function decodeCursor(cursor: string): { updatedAt: string; id: string } | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((part) => typeof part === 'string')) return undefined;
    const [updatedAt, id] = parsed as [string, string];
    if (!isTimestamp(updatedAt) || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return undefined;
    return { updatedAt, id };
  } catch {
    return undefined;
  }
}

/** Escapes `%`, `_` and `\` so text is matched literally by LIKE. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Lists a site's cases for the support team, newest updated first, a page at a time (keyset on
 * `updated_at, id`, so pages stay right while cases change).
 *
 * @example
 * const page = await listCases(db, 'demo', { status: ['new'], limit: 25 });
 */
export async function listCases(db: Queryable, site: string, query: CaseListQuery): Promise<SupportCaseList> {
  const params: unknown[] = [site];
  const where = ['site = $1'];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (query.status?.length) where.push(`status IN (${query.status.map(param).join(', ')})`);
  if (query.priority) where.push(`priority = ${param(query.priority)}`);
  if (query.level) where.push(`level = ${param(query.level)}`);
  if (query.topic) where.push(`topic = ${param(query.topic)}`);
  if (query.escalated !== undefined) where.push(`jsonb_array_length(escalations) ${query.escalated ? '>' : '='} 0`);
  if (query.os) where.push(`lower(environment->'os'->>'name') = lower(${param(query.os)})`);
  if (query.os && query.osVersion) {
    where.push(`(environment->'os'->>'version' = ${param(query.osVersion)} OR environment->'os'->>'version' LIKE ${param(`${escapeLike(query.osVersion)}.%`)})`);
  }
  if (query.browser) where.push(`lower(environment->'browser'->>'name') = lower(${param(query.browser)})`);
  if (query.device) where.push(`environment->'device'->>'type' = ${param(query.device)}`);
  if (query.q) {
    const pattern = param(`%${escapeLike(query.q)}%`);
    where.push(`(reference ILIKE ${pattern} OR description ILIKE ${pattern} OR EXISTS (
      SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.type IN ('message', 'repeat_contact')
         AND (e.data->>'text' ILIKE ${pattern} OR e.data->>'description' ILIKE ${pattern})))`);
  }
  if (query.cursor) where.push(`(updated_at, id) < (${param(query.cursor.updatedAt)}::timestamptz, ${param(query.cursor.id)}::uuid)`);
  const { rows } = await db.query<CaseRow & { cursor_at: string }>(
    `SELECT *, updated_at::text AS cursor_at FROM cases WHERE ${where.join(' AND ')}
      ORDER BY updated_at DESC, id DESC LIMIT ${param(query.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    cases: page.map((row) => toSupportCaseSummary(row)),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last.cursor_at, last.id) : null,
  };
}
