import { parseOpeningHours } from '../rules/business-time';
import type { ConfigProblem } from './resolve-secrets';
import type { SiteFile } from './site-schema';

/**
 * Checks what the schema of `businessHours` cannot: every range ends after it starts, ranges of a
 * day do not overlap, and at least one day is open (else no response time can be promised).
 *
 * @returns each problem at its dotted path of `site.yaml`.
 */
export function checkBusinessHours(file: SiteFile): ConfigProblem[] {
  if (!file.businessHours) return [];
  const problems: ConfigProblem[] = [];
  const days = Object.entries(file.businessHours).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  for (const [day, hours] of days) {
    try {
      const ranges = parseOpeningHours(hours);
      if (ranges.some((range, index) => index > 0 && range[0] < ranges[index - 1]![1])) {
        problems.push({ path: `businessHours.${day}`, message: 'The ranges of one day overlap; write them one after the other, e.g. "08:00-12:00, 13:00-17:00".' });
      }
    } catch (error) {
      problems.push({ path: `businessHours.${day}`, message: (error as Error).message });
    }
  }
  if (days.length === 0) {
    problems.push({ path: 'businessHours', message: 'No day has opening hours. Give at least one day, e.g. "mon: 08:30-17:30", or remove businessHours to count every hour.' });
  }
  return problems;
}
