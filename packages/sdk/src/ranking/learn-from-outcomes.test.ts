import { describe, expect, it } from 'vitest';
import { createArticleIndex } from './article-index';
import { anArticle } from './article.fixture';
import { learnFromOutcomes } from './learn-from-outcomes';
import { rankArticles } from './rank-articles';
import { termsOf } from './terms';

describe('learnFromOutcomes', () => {
  it('counts each term of a solved outcome for its article, and against it for one that did not help', () => {
    const learned = learnFromOutcomes([
      { article: 'a', locale: 'en', text: 'router blinking blinking', outcome: 'solved' },
      { article: 'a', locale: 'en', text: 'router dead', outcome: 'not_solved' },
    ]);
    const term = (word: string): string => termsOf(word, 'en')[0]!;
    expect(learned.a).toEqual({ [term('router')]: 0, [term('blinking')]: 1, [term('dead')]: -1 });
  });

  it('keeps derived terms only, never the words as typed', () => {
    const learned = learnFromOutcomes([{ article: 'a', locale: 'nl', text: 'De verbindingen vallen weg', outcome: 'solved' }]);
    expect(JSON.stringify(learned)).not.toContain('verbindingen');
  });

  it('teaches the ranking words the article itself does not use', () => {
    const articles = [
      anArticle({ id: 'modem-lights', locale: 'en', title: 'What the modem lights mean' }),
      anArticle({ id: 'restart', locale: 'en', title: 'Restart the modem properly' }),
    ];
    const before = rankArticles(createArticleIndex(articles), { locale: 'en', text: 'little globe glows orange' });
    const learned = learnFromOutcomes([{ article: 'modem-lights', locale: 'en', text: 'the little globe glows orange', outcome: 'solved' }]);
    const after = rankArticles(createArticleIndex(articles, { learned }), { locale: 'en', text: 'little globe glows orange' });
    expect(before.map((article) => article.id)).not.toContain('modem-lights');
    expect(after[0]?.id).toBe('modem-lights');
  });
});
