import type { Article } from '../schemas/article';

/**
 * Builds an article for tests: an id, a title and whatever else the test is about.
 *
 * @example
 * const wifi = anArticle({ id: 'wifi-drops', title: 'Wifi valt weg', topics: ['internet'] });
 */
export function anArticle(fields: Partial<Article> & Pick<Article, 'id' | 'title'>): Article {
  return { locale: 'nl', topics: [], tags: [], questions: [], text: '', body: [], ...fields };
}
