import { CASE_PRIORITIES, CASE_STATUSES, DEVICE_TYPES, OS_VERSION_FILTER_PATTERN, SUPPORT_LEVELS } from '@loket/sdk';
import type { CasePriority, CaseStatus, DeviceType, SupportCaseFilter, SupportLevel } from '@loket/sdk';

/**
 * The inbox's filters as they live in the address bar, so a filtered inbox can be shared and the
 * back button returns to the previous filters. The names are those of the admin API.
 */
export type InboxFilter = {
  status: CaseStatus[];
  topic: string;
  priority: CasePriority | '';
  level: SupportLevel | '';
  escalated: 'true' | 'false' | '';
  os: string;
  osVersion: string;
  browser: string;
  device: DeviceType | '';
  q: string;
};

/** No filter: every case. */
export const EMPTY_FILTER: InboxFilter = {
  status: [],
  topic: '',
  priority: '',
  level: '',
  escalated: '',
  os: '',
  osVersion: '',
  browser: '',
  device: '',
  q: '',
};

/** Tells whether the API takes `version` (trimmed) as an OS version filter (`10`, `10.15`, not `10 Pro`). */
export function isValidOsVersion(version: string): boolean {
  return OS_VERSION_FILTER_PATTERN.test(version.trim());
}

/**
 * Tells whether the OS version of a filter would be refused by the API: set, with a system, and
 * not in the form it takes. (Without a system the version is left out of the query altogether.)
 */
export function hasInvalidOsVersion(filter: InboxFilter): boolean {
  const version = filter.osVersion.trim();
  return filter.os.trim() !== '' && version !== '' && !isValidOsVersion(version);
}

const pick = <T extends string | number>(allowed: readonly T[], value: string | null): T | '' =>
  allowed.find((item) => String(item) === value) ?? '';

/**
 * Reads the filters from a query string; values the API would refuse are left out, so an edited
 * or outdated link still opens the inbox.
 * @param search For example `?status=new,in_progress&topic=internet`.
 */
export function parseInboxFilter(search: string): InboxFilter {
  const params = new URLSearchParams(search);
  const text = (name: string, max = 200) => (params.get(name) ?? '').trim().slice(0, max);
  const statuses = (params.get('status') ?? '').split(',');
  // Not cut short like the other texts: a cut version would be another version.
  const osVersion = (params.get('osVersion') ?? '').trim();
  return {
    status: CASE_STATUSES.filter((status) => statuses.includes(status)),
    topic: text('topic', 64),
    priority: pick(CASE_PRIORITIES, params.get('priority')),
    level: pick(SUPPORT_LEVELS, params.get('level')),
    escalated: pick(['true', 'false'] as const, params.get('escalated')),
    os: text('os'),
    osVersion: isValidOsVersion(osVersion) ? osVersion : '',
    browser: text('browser'),
    device: pick(DEVICE_TYPES, params.get('device')),
    q: text('q'),
  };
}

/**
 * Writes the filters as a query string, leaving out the empty ones.
 * @returns For example `?topic=internet&os=Windows`, or `''` without filters.
 */
export function formatInboxFilter(filter: InboxFilter): string {
  const params = new URLSearchParams();
  if (filter.status.length > 0) params.set('status', CASE_STATUSES.filter((status) => filter.status.includes(status)).join(','));
  for (const name of ['topic', 'priority', 'level', 'escalated', 'os', 'osVersion', 'browser', 'device', 'q'] as const) {
    const value = String(filter[name]).trim();
    // A version means nothing without the system it belongs to; the API refuses it alone.
    if (name === 'osVersion' && filter.os === '') continue;
    if (value !== '') params.set(name, value);
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** Counts the filters that are set; several statuses count as one filter. */
export function countFilters(filter: InboxFilter): number {
  return [...new URLSearchParams(formatInboxFilter(filter)).keys()].length;
}

/** The filters as the SDK's `cases.list` takes them. */
export function toCaseListFilter(filter: InboxFilter): SupportCaseFilter {
  const query: SupportCaseFilter = {};
  if (filter.status.length > 0) query.status = filter.status;
  if (filter.topic) query.topic = filter.topic;
  if (filter.priority) query.priority = filter.priority;
  if (filter.level) query.level = filter.level;
  if (filter.escalated) query.escalated = filter.escalated === 'true';
  if (filter.os) {
    query.os = filter.os;
    if (filter.osVersion) query.osVersion = filter.osVersion;
  }
  if (filter.browser) query.browser = filter.browser;
  if (filter.device) query.device = filter.device;
  if (filter.q) query.q = filter.q;
  return query;
}
