import { ENVIRONMENT_GROUP_FIELDS, environmentGroupOf } from '@loket/sdk';
import type { ArticleEnvironment, EnvironmentGroup } from '@loket/sdk';
import { compareText } from './compare-text';
import type { Verdict } from './verdicts';

/** Fewest verdicts a group of environments needs before the report names it. */
export const MIN_JUDGED_IN_ENVIRONMENT = 3;
/** Lowest failure rate at which a group of environments is named. */
export const MIN_ENVIRONMENT_FAILURE_RATE = 0.5;
/**
 * How much more often an article must fail in a group than outside it for the group to be named:
 * a group that fails as often as everywhere else says nothing about where the article falls short.
 */
export const MIN_ENVIRONMENT_LIFT = 0.1;
/** Most groups of environments named per article. */
export const MAX_ENVIRONMENTS_PER_ARTICLE = 3;

/**
 * The groups of environments (operating system, browser, kind of device, each by
 * `environmentGroupOf`) where an article fails most: at least
 * {@link MIN_JUDGED_IN_ENVIRONMENT} verdicts and a failure rate of at least
 * {@link MIN_ENVIRONMENT_FAILURE_RATE}, and failing at least {@link MIN_ENVIRONMENT_LIFT} more often
 * than the verdicts outside the group, surely so (the lower bound of its 95% Wilson interval above
 * the rate elsewhere; never a group that holds every verdict); the group whose failure rate is surely highest first (by
 * the lower bound of its 95% Wilson interval, so 8 of 10 outranks 3 of 3 and a broad group such as
 * `desktop` does not hide the one it contains, such as `Windows 7`), then by label; at most
 * {@link MAX_ENVIRONMENTS_PER_ARTICLE}.
 *
 * @param verdicts - The verdicts on one article.
 * @example
 * worstEnvironments(verdicts); // [{ environment: { field: 'os', name: 'Windows', version: '7', label: 'Windows 7' }, judged: 5, failed: 4, failureRate: 0.8 }]
 */
export function worstEnvironments(verdicts: readonly Verdict[]): ArticleEnvironment[] {
  const groups = new Map<string, { environment: EnvironmentGroup; judged: number; failed: number }>();
  for (const verdict of verdicts) {
    for (const field of ENVIRONMENT_GROUP_FIELDS) {
      const environment = environmentGroupOf(verdict.environment, field);
      if (!environment) continue;
      const key = `${field}\u0001${environment.label}`;
      const group = groups.get(key) ?? { environment, judged: 0, failed: 0 };
      group.judged += 1;
      if (verdict.outcome === 'not_solved') group.failed += 1;
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .map((group) => ({ ...group, failureRate: group.failed / group.judged }))
    .filter((group) => group.judged >= MIN_JUDGED_IN_ENVIRONMENT && group.failureRate >= MIN_ENVIRONMENT_FAILURE_RATE)
    .filter((group) => {
      const judgedElsewhere = verdicts.length - group.judged;
      if (judgedElsewhere === 0) return false;
      const failedElsewhere = verdicts.filter((verdict) => verdict.outcome === 'not_solved').length - group.failed;
      const rateElsewhere = failedElsewhere / judgedElsewhere;
      // Clearly more: by at least the lift, and surely (the group's rate at the low end of its
      // 95% interval still above the rate elsewhere), so three failures of three are not enough.
      return group.failureRate - rateElsewhere >= MIN_ENVIRONMENT_LIFT && surelyFailing(group) > rateElsewhere;
    })
    .sort((a, b) => surelyFailing(b) - surelyFailing(a) || compareText(a.environment.label, b.environment.label))
    .slice(0, MAX_ENVIRONMENTS_PER_ARTICLE);
}


/** The lower bound of the 95% Wilson score interval of a group's failure rate. */
function surelyFailing({ failed, judged }: { failed: number; judged: number }): number {
  const z = 1.96;
  const rate = failed / judged;
  const spread = z * Math.sqrt((rate * (1 - rate)) / judged + (z * z) / (4 * judged * judged));
  return (rate + (z * z) / (2 * judged) - spread) / (1 + (z * z) / judged);
}
