import type { Insight } from '../schemas/insights';
import type { Locale } from '../schemas/locale';

/** What an item of the documentation fix report is about and why it is on the list. */
export type InsightText = { title: string; why: string };

/** Placeholder until the real sentences land (this session). */
export function describeInsight(item: Insight, _locale: Locale, _topics: Record<string, string> = {}): InsightText {
  return { title: item.kind, why: '' };
}
