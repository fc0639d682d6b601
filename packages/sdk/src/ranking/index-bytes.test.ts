import { describe, expect, it } from 'vitest';
import type { Article } from '../schemas/article';
import { createArticleIndex } from './article-index';
import { anArticle } from './article.fixture';
import { readArticleIndex, serializeArticleIndex } from './index-bytes';
import { rankArticles, type RankQuery } from './rank-articles';
import { AWKWARD_TEXTS } from './texts.fixture';

const dutch: Article[] = [
  anArticle({ id: 'wifi-drops', title: 'Wifi-verbinding valt steeds weg', topics: ['internet'], tags: ['wifi', 'draadloos'], questions: ['Mijn wifi is instabiel'], text: 'Zet de router dichter bij de plek waar je werkt en kies het 5 GHz-netwerk.' }),
  anArticle({ id: 'slow-internet', title: 'Internet is traag', topics: ['internet'], tags: ['snelheid'], questions: ['Waarom is mijn internet zo langzaam?'], text: 'Meet de snelheid met een kabel en herstart het modem.' }),
  anArticle({ id: 'installer-windows-7', title: 'Installatie mislukt op Windows 7', topics: ['installeren'], tags: ['installatie'], appliesTo: { os: { name: 'Windows', version: '<10' } }, text: 'Installeer eerst service pack 1.' }),
  anArticle({ id: 'installer-old-mac', title: 'Installatie mislukt op een oude Mac', topics: ['installeren'], tags: ['installatie'], appliesTo: { os: { name: 'macOS', version: '<12' } }, text: 'Werk macOS eerst bij.' }),
  anArticle({ id: 'awkward', title: 'Vreemde tekens', topics: ['internet', 'internet'], tags: [], text: AWKWARD_TEXTS.join('\n') }),
  // Many words, so postings and term ids need more than one byte each.
  anArticle({ id: 'long', title: 'Lang artikel', topics: ['account'], tags: ['lang'], text: Array.from({ length: 400 }, (_, i) => `woord${i} modem${i % 7}`).join(' ') }),
];
const english: Article[] = [anArticle({ id: 'wifi-drops', locale: 'en', title: 'Wifi keeps dropping', topics: ['internet'], tags: ['wifi'], text: 'Move the router closer.' })];
// One term the articles hold, one only learned, and a penalty.
const learned = { 'wifi-drops': { zolder: 4, wifi: 2 }, 'slow-internet': { modem: -3 } };
const built = createArticleIndex([...dutch, ...english], { learned });

const queries: RankQuery[] = [
  { locale: 'nl', text: 'wifi valt weg op zolder' },
  { locale: 'nl', text: 'wifi valt steeds we' },
  { locale: 'nl', text: 'verbindingn instabiel', topic: 'internet' },
  { locale: 'nl', text: 'installatie mislukt', environment: { os: { name: 'Windows', version: '7' } } },
  { locale: 'nl', text: 'installatie mislukt', environment: { os: { name: 'macOS', version: '11.2' } }, limit: 5 },
  { locale: 'nl', text: 'traag modem', answerText: 'Glasvezel. Op zolder.', minCoverage: 0.4 },
  { locale: 'nl', text: 'woord12 modem3 zolde' },
  { locale: 'nl', text: 'café naïef ﬁ 😀' },
  { locale: 'nl', topic: 'installeren' },
];

describe('serializeArticleIndex and readArticleIndex', () => {
  it('rank exactly as the index built from the same articles and learned terms', () => {
    const bytes = serializeArticleIndex(built, 'nl', { version: 'v1' });
    const read = readArticleIndex(bytes, [...dutch, ...english], { version: 'v1' });
    for (const query of queries) expect(rankArticles(read, query), JSON.stringify(query)).toEqual(rankArticles(built, query));
    expect(queries.every((query) => rankArticles(built, query).length > 0)).toBe(true);
  });

  it('read from an ArrayBuffer, from a view at an odd offset, and with the articles of one locale only', () => {
    const bytes = serializeArticleIndex(built, 'nl');
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const fromBuffer = readArticleIndex(bytes.buffer, dutch);
    const fromOddView = readArticleIndex(shifted.subarray(1), dutch);
    for (const query of queries) {
      expect(rankArticles(fromBuffer, query)).toEqual(rankArticles(built, query));
      expect(rankArticles(fromOddView, query)).toEqual(rankArticles(built, query));
    }
  });

  it('refuse an index of another version, of other articles, or bytes that are no index, saying to build it instead', () => {
    const bytes = serializeArticleIndex(built, 'nl', { version: 'v1' });
    expect(() => readArticleIndex(bytes, dutch, { version: 'v2' })).toThrow(/made for version v1 of the knowledge base, not v2.*createArticleIndex/);
    expect(() => readArticleIndex(bytes, dutch.slice(1))).toThrow(/other 'nl' articles than those given \(6 against 5\)/);
    expect(() => readArticleIndex(bytes, [...dutch].reverse())).toThrow(/other 'nl' articles/);
    expect(() => readArticleIndex(new TextEncoder().encode('{"articles":[]}'), dutch)).toThrow(/no Loket article index.*createArticleIndex/);
    expect(() => readArticleIndex(bytes.subarray(0, bytes.length - 8), dutch)).toThrow(/they end inside termsOfWords/);
  });

  it('write a locale without articles as an index that ranks nothing', () => {
    const read = readArticleIndex(serializeArticleIndex(createArticleIndex(dutch), 'en'), dutch);
    expect(rankArticles(read, { locale: 'en', text: 'wifi' })).toEqual([]);
    expect(rankArticles(read, { locale: 'nl', text: 'wifi' })).toEqual([]);
  });
});
