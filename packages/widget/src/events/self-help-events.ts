import { LoketEvent } from './loket-event';

/** An article as the events name it: its id (the file name in the knowledge base) and its title. */
export type ArticleRef = { id: string; title: string };

/**
 * Fired when the widget shows suggested articles: on the suggestions step, or under the
 * description while the customer types. `detail.articles` lists them, best first; `detail.topic`
 * is the report's topic. Fired again only when the list changes.
 */
export class LoketSuggestionsShownEvent extends LoketEvent<{ topic?: string; articles: ArticleRef[] }> {
  constructor(detail: { topic?: string; articles: ArticleRef[] }) {
    super('loket-suggestions-shown', detail);
  }
}

/**
 * Fired when the customer opens a suggested article (`outcome: 'opened'`) and when they say
 * whether it solved the problem (`'solved'` or `'not_solved'`).
 */
export class LoketArticleOutcomeEvent extends LoketEvent<{ article: ArticleRef; outcome: 'opened' | 'solved' | 'not_solved' }> {
  constructor(detail: { article: ArticleRef; outcome: 'opened' | 'solved' | 'not_solved' }) {
    super('loket-article-outcome', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'loket-suggestions-shown': LoketSuggestionsShownEvent;
    'loket-article-outcome': LoketArticleOutcomeEvent;
  }
}
