import { describe, expect, it } from 'vitest';
import { createArticleIndex } from './article-index';
import { anArticle } from './article.fixture';
import type { LearnedTerms } from './learned-signal';
import { rankArticles } from './rank-articles';
import { termsOf } from './terms';

const articles = [
  anArticle({ id: 'wifi-drops', title: 'Wifi valt steeds weg', tags: ['wifi'], questions: ['Mijn draadloze verbinding is instabiel'], text: 'Zet de router hoger en kies het 5 GHz-netwerk.' }),
  anArticle({ id: 'mesh-setup', title: 'Mesh-systeem installeren', tags: ['wifi', 'mesh'], questions: ['Hoe koppel ik een extra wifi-punt?'], text: 'Koppel het satellietpunt met de WPS-knop.' }),
  anArticle({ id: 'slow-internet', title: 'Internet is traag', tags: ['snelheid'], questions: ['Waarom is mijn internet zo langzaam?'], text: 'Meet de snelheid met een kabel en herstart het modem.' }),
  anArticle({ id: 'printer-offline', title: 'Printer drukt niet af', tags: ['printer'], questions: ['Mijn printer staat offline'], text: 'Zet de printer op hetzelfde netwerk als de computer.' }),
  anArticle({ id: 'password-reset', title: 'Wachtwoord vergeten', tags: ['inloggen'], questions: ['Ik kan niet meer inloggen'], text: 'Vraag een nieuw wachtwoord aan via de inlogpagina.' }),
  anArticle({ id: 'tv-no-signal', title: 'Tv geeft geen signaal', tags: ['televisie'], questions: ['Mijn tv-zender doet het niet'], text: 'Controleer de kabel van de decoder naar de tv.' }),
];

/** Learned terms as the server makes them: the terms of customers' words, weighted by votes. */
function learnedFrom(phrasings: Record<string, [text: string, weight: number][]>): LearnedTerms {
  const learned: LearnedTerms = {};
  for (const [articleId, list] of Object.entries(phrasings)) {
    const terms: Record<string, number> = {};
    for (const [text, weight] of list) for (const term of termsOf(text, 'nl')) terms[term] = (terms[term] ?? 0) + weight;
    learned[articleId] = terms;
  }
  return learned;
}

const top = (learned: LearnedTerms, text: string) => rankArticles(createArticleIndex(articles, { learned }), { locale: 'nl', text })[0]?.id;

/** Queries the articles' own words answer. */
const ANSWERED_BY_TEXT = [
  ['wifi valt weg', 'wifi-drops'],
  ['extra wifi punt koppelen', 'mesh-setup'],
  ['internet erg langzaam', 'slow-internet'],
  ['printer offline', 'printer-offline'],
  ['wachtwoord kwijt, kan niet inloggen', 'password-reset'],
  ['tv zender geen signaal', 'tv-no-signal'],
  ['router herstarten helpt niet, internet traag', 'slow-internet'],
] as const;

/** Queries in customers' own words, which only learning can answer. */
const ANSWERED_BY_LEARNING = [
  ['bereik op zolder slecht', 'mesh-setup'],
  ['beeld blijft zwart', 'tv-no-signal'],
  ['account geblokkeerd', 'password-reset'],
  ['pagina laadt eindeloos', 'slow-internet'],
] as const;

const accuracy = (learned: LearnedTerms, queries: readonly (readonly [string, string])[]) =>
  queries.filter(([text, expected]) => top(learned, text) === expected).length / queries.length;

describe('learned terms', () => {
  it('rank an article first for words that only customers used for it', () => {
    const query = 'bereik op zolder slecht';
    expect(top({}, query)).toBeUndefined();
    expect(top(learnedFrom({ 'mesh-setup': [['geen bereik op zolder', 3]] }), query)).toBe('mesh-setup');
  });

  it('add to the words of the article, so a learned phrasing wins a close call', () => {
    const query = 'wifi valt weg op zolder';
    expect(top({}, query)).toBe('wifi-drops');
    expect(top(learnedFrom({ 'mesh-setup': [['wifi op zolder valt weg', 5]] }), query)).toBe('mesh-setup');
  });

  it('count a term that customers used for many articles for little', () => {
    const query = 'decoder storing';
    const learned = learnedFrom({ 'wifi-drops': [['storing', 10]], 'mesh-setup': [['storing', 10]], 'printer-offline': [['storing', 10]] });
    expect(top(learnedFrom({ 'wifi-drops': [['storing', 10]] }), query)).toBe('wifi-drops');
    expect(top(learned, query)).toBe('tv-no-signal');
  });

  it('push an article down for a query with a term that did not help', () => {
    const query = 'wifi instabiel koppelen';
    const before = rankArticles(createArticleIndex(articles), { locale: 'nl', text: query });
    expect(before.map(({ id }) => id).slice(0, 2)).toEqual(['mesh-setup', 'wifi-drops']);
    const learned = learnedFrom({ 'mesh-setup': [['koppelen', -6]] });
    const after = rankArticles(createArticleIndex(articles, { learned }), { locale: 'nl', text: query });
    expect(after.map(({ id }) => id).slice(0, 2)).toEqual(['wifi-drops', 'mesh-setup']);
  });

  it('leave queries without a term that did not help alone', () => {
    const learned = learnedFrom({ 'mesh-setup': [['koppelen', -6]] });
    const before = rankArticles(createArticleIndex(articles), { locale: 'nl', text: 'wifi instabiel' });
    expect(before.map(({ id }) => id)).toContain('mesh-setup');
    expect(rankArticles(createArticleIndex(articles, { learned }), { locale: 'nl', text: 'wifi instabiel' })).toEqual(before);
  });

  it('do not pull unrelated queries to an article with much more evidence', () => {
    const heavy = learnedFrom({
      'wifi-drops': [
        ['wifi valt weg', 500], ['internet werkt niet meer', 500], ['verbinding steeds kwijt', 500],
        ['probleem met netwerk sinds gisteren', 500], ['alles doet het niet', 500], ['signaal weg op zolder', 500],
      ],
    });
    for (const [text, expected] of ANSWERED_BY_TEXT) expect(top(heavy, text), text).toBe(expected);
  });

  it('never make accuracy worse as evidence for the right articles grows', () => {
    const queries = [...ANSWERED_BY_TEXT, ...ANSWERED_BY_LEARNING];
    let previous = accuracy({}, queries);
    expect(previous).toBe(ANSWERED_BY_TEXT.length / queries.length);
    for (const votes of [1, 3, 10, 100, 1000]) {
      const learned = learnedFrom({
        'mesh-setup': [['geen bereik op zolder', votes], ['extra punt', votes]],
        'tv-no-signal': [['beeld zwart', votes], ['zender geen signaal', votes]],
        'password-reset': [['mijn account is geblokkeerd', votes], ['wachtwoord kwijt', votes]],
        'slow-internet': [['pagina laadt eindeloos', votes], ['internet werkt niet', votes]],
        'wifi-drops': [['internet valt steeds weg', votes]],
      });
      const current = accuracy(learned, queries);
      expect(current, `${votes} votes`).toBeGreaterThanOrEqual(previous);
      previous = current;
    }
    expect(previous).toBe(1);
  });

  it('ignore weights that are not numbers and articles that do not exist', () => {
    const learned = { 'mesh-setup': { zolder: Number.NaN, kelder: Number.POSITIVE_INFINITY }, 'no-such-article': { zolder: 9 } };
    expect(rankArticles(createArticleIndex(articles, { learned }), { locale: 'nl', text: 'zolder kelder' })).toEqual([]);
  });
});
