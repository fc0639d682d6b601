import { INSIGHT_KINDS } from '@loket/sdk';
import type { Insight } from '@loket/sdk';
import { compareText } from './compare-text';

/** An item of the report before it has its place on the list. */
export type UnrankedInsight = Insight extends infer Item ? (Item extends Insight ? Omit<Item, 'rank'> : never) : never;

/** The name ties are broken by: the article id, the topic and words of a group, the topic or environment of a hotspot. */
function nameOf(item: UnrankedInsight): string {
  if (item.kind === 'failing_article') return item.article;
  if (item.kind === 'unanswered') return `${item.topic ?? ''} ${item.words.join(' ')}`;
  return item.topic ?? item.environment?.label ?? '';
}

/**
 * Puts the report's items in order and numbers them from 1: most customers affected first; on a
 * tie, failing articles before unanswered questions before hotspots, then by name.
 *
 * @example
 * rankInsights(items)[0]!.rank; // 1
 */
export function rankInsights(items: readonly UnrankedInsight[]): Insight[] {
  return [...items]
    .sort((a, b) => b.affected - a.affected || INSIGHT_KINDS.indexOf(a.kind) - INSIGHT_KINDS.indexOf(b.kind) || compareText(nameOf(a), nameOf(b)))
    .map((item, index) => ({ ...item, rank: index + 1 }) as Insight);
}
