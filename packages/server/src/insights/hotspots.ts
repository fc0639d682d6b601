import { environmentGroupOf, ESCALATION_REASONS } from '@loket/sdk';
import type { Environment, EnvironmentGroup, EscalationReason, HotspotInsight } from '@loket/sdk';
import type { Queryable } from '../store/database';
import { compareText } from './compare-text';
import { inPeriod, periodParams } from './report-period';
import type { ReportPeriod } from './report-period';

/** Fewest cases repeated or escalated that make a topic or environment a hotspot. */
export const MIN_HOTSPOT_AFFECTED = 2;
/**
 * How much more often than across all cases an environment's cases must come back or be
 * escalated to be a hotspot: common environments (the newest Windows, Chrome) have many such
 * cases only because they have many cases.
 */
export const MIN_ENVIRONMENT_HOTSPOT_LIFT = 1.25;
/** Most topics, and most environments, named as hotspots. */
export const MAX_HOTSPOTS_PER_KIND = 5;

/** What happened to the cases of one topic or environment. */
export type HotspotCounts = Pick<HotspotInsight, 'cases' | 'repeated' | 'repeatContacts' | 'escalated' | 'affected' | 'reasons'>;

/** The cases of the period counted per topic and per combination of operating system and browser. */
export type CaseGroupRow = HotspotCounts & {
  topic: string;
  os_name: string | null;
  os_version: string | null;
  browser_name: string | null;
  browser_version: string | null;
};

/**
 * Counts the cases filed in the period per topic, operating system and browser (as captured), in
 * one query: cases, those with repeat contacts, repeat contacts in all, those escalated, those
 * either, and escalations per reason. Environment groups are formed from these rows afterwards.
 */
export async function countCaseGroups(db: Queryable, site: string, period: ReportPeriod): Promise<CaseGroupRow[]> {
  const reasonColumns = ESCALATION_REASONS.map(
    (_reason, index) => `count(*) FILTER (WHERE escalations @> jsonb_build_array($${index + 4}::text))::int AS reason_${index}`,
  );
  const { rows } = await db.query<Omit<CaseGroupRow, 'reasons'> & Record<`reason_${number}`, number>>(
    `SELECT topic, environment->'os'->>'name' AS os_name, environment->'os'->>'version' AS os_version,
            environment->'browser'->>'name' AS browser_name, environment->'browser'->>'version' AS browser_version,
            count(*)::int AS cases,
            count(*) FILTER (WHERE repeat_contacts > 0)::int AS repeated,
            COALESCE(sum(repeat_contacts), 0)::int AS "repeatContacts",
            count(*) FILTER (WHERE jsonb_array_length(escalations) > 0)::int AS escalated,
            count(*) FILTER (WHERE repeat_contacts > 0 OR jsonb_array_length(escalations) > 0)::int AS affected,
            ${reasonColumns.join(',\n            ')}
       FROM cases WHERE site = $1 AND ${inPeriod()}
      GROUP BY 1, 2, 3, 4, 5`,
    [site, ...periodParams(period), ...ESCALATION_REASONS],
  );
  return rows.map(({ topic, os_name, os_version, browser_name, browser_version, cases, repeated, repeatContacts, escalated, affected, ...reasons }) => ({
    topic, os_name, os_version, browser_name, browser_version, cases, repeated, repeatContacts, escalated, affected,
    reasons: Object.fromEntries(ESCALATION_REASONS.map((reason, index) => [reason, reasons[`reason_${index}`] ?? 0])) as Record<EscalationReason, number>,
  }));
}

/** Adds the counts of `row` to `total`. */
function addCounts(total: HotspotCounts, row: HotspotCounts): void {
  total.cases += row.cases;
  total.repeated += row.repeated;
  total.repeatContacts += row.repeatContacts;
  total.escalated += row.escalated;
  total.affected += row.affected;
  for (const reason of ESCALATION_REASONS) total.reasons[reason] += row.reasons[reason];
}

/** Counts that are all zero, to add to. */
export function noCounts(): HotspotCounts {
  return { cases: 0, repeated: 0, repeatContacts: 0, escalated: 0, affected: 0, reasons: Object.fromEntries(ESCALATION_REASONS.map((reason) => [reason, 0])) as Record<EscalationReason, number> };
}

/** The environment of a row, as `environmentGroupOf` reads it. */
function environmentOf(row: CaseGroupRow): Environment {
  const part = (name: string | null, version: string | null) => (name === null ? undefined : { name, ...(version === null ? {} : { version }) });
  const os = part(row.os_name, row.os_version);
  const browser = part(row.browser_name, row.browser_version);
  return { ...(os ? { os } : {}), ...(browser ? { browser } : {}) };
}

/** Hotspots of one kind: at least {@link MIN_HOTSPOT_AFFECTED} affected, most affected first, at most {@link MAX_HOTSPOTS_PER_KIND}. */
function worst<T extends HotspotCounts & { name: string }>(groups: Iterable<T>): T[] {
  return [...groups]
    .filter((group) => group.affected >= MIN_HOTSPOT_AFFECTED)
    .sort((a, b) => b.affected - a.affected || b.cases - a.cases || compareText(a.name, b.name))
    .slice(0, MAX_HOTSPOTS_PER_KIND);
}

/**
 * Topics and groups of environments (operating system or browser with its major version, by
 * `environmentGroupOf`) whose cases in the period came back or were escalated most.
 *
 * @param rows - From {@link countCaseGroups}.
 * @example
 * findHotspots(await countCaseGroups(db, 'demo', period));
 */
export function findHotspots(rows: readonly CaseGroupRow[]): Array<Omit<HotspotInsight, 'rank'>> {
  const topics = new Map<string, HotspotCounts & { name: string }>();
  const environments = new Map<string, HotspotCounts & { name: string; environment: EnvironmentGroup }>();
  for (const row of rows) {
    const topic = topics.get(row.topic) ?? { ...noCounts(), name: row.topic };
    addCounts(topic, row);
    topics.set(row.topic, topic);
    for (const field of ['os', 'browser'] as const) {
      const environment = environmentGroupOf(environmentOf(row), field);
      if (!environment) continue;
      const key = `${field}\u0001${environment.label}`;
      const group = environments.get(key) ?? { ...noCounts(), name: environment.label, environment };
      addCounts(group, row);
      environments.set(key, group);
    }
  }
  const item = ({ name: _name, ...counts }: HotspotCounts & { name: string }, topic: string | null, environment: EnvironmentGroup | null): Omit<HotspotInsight, 'rank'> => ({
    kind: 'hotspot',
    topic,
    environment,
    ...counts,
  });
  const all = noCounts();
  for (const row of rows) addCounts(all, row);
  const overallShare = all.cases === 0 ? 0 : all.affected / all.cases;
  const standsOut = (group: HotspotCounts) => group.affected / group.cases >= overallShare * MIN_ENVIRONMENT_HOTSPOT_LIFT;
  return [
    ...worst(topics.values()).map((group) => item(group, group.name, null)),
    ...worst([...environments.values()].filter(standsOut)).map(({ environment, ...group }) => item(group, null, environment)),
  ];
}
