import { describe, expect, it } from 'vitest';
import { createArticleIndex } from './article-index';
import { anArticle } from './article.fixture';
import { rankArticles } from './rank-articles';

const dutch = [
  anArticle({
    id: 'wifi-drops', title: 'Wifi-verbinding valt steeds weg', topics: ['internet'], tags: ['wifi', 'draadloos'],
    questions: ['Mijn wifi is instabiel'], text: 'Zet de router dichter bij de plek waar je werkt en kies het 5 GHz-netwerk.',
  }),
  anArticle({
    id: 'slow-internet', title: 'Internet is traag', topics: ['internet'], tags: ['snelheid'],
    questions: ['Waarom is mijn internet zo langzaam?'], text: 'Meet de snelheid met een kabel en herstart het modem.',
  }),
  anArticle({
    id: 'fibre-outage', title: 'Storing op glasvezel', topics: ['internet'], tags: ['storing'],
    questions: ['Is er een storing in mijn buurt?'], text: 'Bekijk de storingskaart. Het lampje van het glasvezelkastje knippert rood.',
  }),
  anArticle({
    id: 'printer-offline', title: 'Printer drukt niet af', topics: ['printen'], tags: ['printer'],
    questions: ['Mijn printer staat offline'], text: 'Controleer of de printer op hetzelfde netwerk zit als de computer.',
  }),
  anArticle({
    id: 'printer-outage', title: 'Storing bij de printer', topics: ['printen'], tags: ['storing'],
    questions: ['De printer geeft een storing'], text: 'Een papierstoring los je op door de klep te openen.',
  }),
  anArticle({
    id: 'password-reset', title: 'Wachtwoord vergeten', topics: ['account'], tags: ['inloggen'],
    questions: ['Ik kan niet meer inloggen'], text: 'Vraag een nieuw wachtwoord aan via de inlogpagina.',
  }),
];

const english = [
  anArticle({
    id: 'installer-windows-7', locale: 'en', title: 'Installer fails on Windows 7', topics: ['install'], tags: ['installation'],
    questions: ['The installer stops on Windows 7'], appliesTo: { os: { name: 'Windows', version: '<10' } },
    text: 'Install service pack 1 first, then run the installer again.',
  }),
  anArticle({
    id: 'installer-generic', locale: 'en', title: 'Installer fails', topics: ['install'], tags: ['installation'],
    questions: ['The installation stops with an error'], text: 'Download the installer again and run it as administrator.',
  }),
  anArticle({
    id: 'app-on-mac', locale: 'en', title: 'Installing the app on a Mac', topics: ['install'], tags: ['installation'],
    appliesTo: { os: { name: 'macOS' } }, text: 'Drag the app to the Applications folder.',
  }),
  anArticle({
    id: 'password-reset', locale: 'en', title: 'Forgot your password', topics: ['account'], tags: ['login'],
    questions: ['I cannot log in'], text: 'Request a new password on the login page.',
  }),
  anArticle({
    id: 'wifi-drops', locale: 'en', title: 'Wifi keeps dropping', topics: ['internet'], tags: ['wifi', 'wireless'],
    questions: ['My wifi connection is unstable'], text: 'Move the router closer and pick the 5 GHz network.',
  }),
];

const index = createArticleIndex([...dutch, ...english]);
const ids = (articles: { id: string }[]) => articles.map((article) => article.id);
const windows = (version: string) => ({ os: { name: 'Windows', version } });

describe('rankArticles', () => {
  it('never returns an article whose appliesTo rules out the environment', () => {
    const query = { locale: 'en', text: 'Installer fails on Windows 7', limit: 10 } as const;
    expect(ids(rankArticles(index, query))).toContain('installer-windows-7');
    expect(ids(rankArticles(index, { ...query, environment: windows('11') }))).not.toContain('installer-windows-7');
    expect(ids(rankArticles(index, { ...query, topic: 'install', environment: windows('11') }))).not.toContain('installer-windows-7');
  });

  it('ranks an article for the environment above a general one for the same words', () => {
    const query = { locale: 'en', text: 'installer fails' } as const;
    expect(ids(rankArticles(index, query))[0]).toBe('installer-generic');
    const ranked = rankArticles(index, { ...query, environment: windows('7') });
    expect(ids(ranked).slice(0, 2)).toEqual(['installer-windows-7', 'installer-generic']);
    expect(ranked[0]?.environment).toBe('match');
    expect(ranked[1]?.environment).toBe('neutral');
  });

  it('keeps an article when the customer removed the field its appliesTo is about', () => {
    const ranked = rankArticles(index, { locale: 'en', text: 'installer windows 7', environment: { browser: { name: 'Chrome', version: '131' } } });
    expect(ranked.find((article) => article.id === 'installer-windows-7')?.environment).toBe('neutral');
  });

  it('lets a much better text match beat an article that only fits the environment better', () => {
    const ranked = rankArticles(index, { locale: 'en', text: 'download the installer as administrator', environment: windows('7') });
    expect(ids(ranked).slice(0, 2)).toEqual(['installer-generic', 'installer-windows-7']);
    expect(ranked[1]?.environment).toBe('match');
  });

  it('ranks articles of the chosen topic higher', () => {
    expect(ids(rankArticles(index, { locale: 'nl', text: 'storing', topic: 'internet' }))[0]).toBe('fibre-outage');
    expect(ids(rankArticles(index, { locale: 'nl', text: 'storing', topic: 'printen' }))[0]).toBe('printer-outage');
  });

  it('lifts an article of the topic above a somewhat better match of another topic', () => {
    const inTitle = anArticle({ id: 'modem-lights', title: 'Lampjes van het modem', topics: ['tv'] });
    const inTags = anArticle({ id: 'router-lights', title: 'Lampjes van de router', tags: ['modem'], topics: ['internet'] });
    const small = createArticleIndex([inTitle, inTags]);
    expect(ids(rankArticles(small, { locale: 'nl', text: 'modem' }))).toEqual(['modem-lights', 'router-lights']);
    expect(ids(rankArticles(small, { locale: 'nl', text: 'modem', topic: 'internet' }))).toEqual(['router-lights', 'modem-lights']);
  });

  it('also returns articles of the topic that do not match the words, below those that do', () => {
    const ranked = ids(rankArticles(index, { locale: 'nl', text: 'printer offline', topic: 'internet', limit: 10 }));
    expect(ranked[0]).toBe('printer-offline');
    expect(ranked).toEqual(expect.arrayContaining(['wifi-drops', 'slow-internet', 'fibre-outage']));
    expect(ranked).not.toContain('password-reset');
  });

  it('finds Dutch articles despite typos and other inflections', () => {
    expect(ids(rankArticles(index, { locale: 'nl', text: 'wachtwoorden vergete' }))[0]).toBe('password-reset');
    expect(ids(rankArticles(index, { locale: 'nl', text: 'mijn wifi verbindingn' }))[0]).toBe('wifi-drops');
    expect(ids(rankArticles(index, { locale: 'nl', text: 'internett is trag ' }))[0]).toBe('slow-internet');
  });

  it('finds English articles despite typos and other inflections', () => {
    expect(ids(rankArticles(index, { locale: 'en', text: 'pasword forgotten' }))[0]).toBe('password-reset');
    expect(ids(rankArticles(index, { locale: 'en', text: 'wireless connections unstabel' }))[0]).toBe('wifi-drops');
  });

  it('completes the last word while the customer is still typing it', () => {
    expect(ids(rankArticles(index, { locale: 'nl', text: 'glasvez' }))).toEqual(['fibre-outage']);
    expect(ids(rankArticles(index, { locale: 'en', text: 'wifi conn' }))[0]).toBe('wifi-drops');
  });

  it('does not complete a word followed by a space, nor any word but the last', () => {
    expect(rankArticles(index, { locale: 'nl', text: 'glasvez ' })).toEqual([]);
    expect(rankArticles(index, { locale: 'nl', text: 'glasvez kast' })).toEqual([]);
  });

  it('searches the answers in words as well as the typed text', () => {
    expect(ids(rankArticles(index, { locale: 'nl', text: 'werkt', answerText: 'Glasvezel. Lampje knippert rood.' }))[0]).toBe('fibre-outage');
  });

  it('returns only articles in the language of the query', () => {
    const dutchOnly = rankArticles(index, { locale: 'nl', text: 'wifi password installer', limit: 10 });
    expect(ids(dutchOnly)).toEqual(['wifi-drops']);
    expect(dutchOnly[0]?.title).toBe('Wifi-verbinding valt steeds weg');
    expect(rankArticles(index, { locale: 'en', text: 'wachtwoord vergeten' })).toEqual([]);
  });

  it('returns the articles of the topic without text, those naming the environment first', () => {
    const ranked = rankArticles(index, { locale: 'en', topic: 'install', environment: windows('7'), limit: 10 });
    expect(ids(ranked)).toEqual(['installer-windows-7', 'installer-generic']);
    expect(ids(rankArticles(index, { locale: 'en', topic: 'install', environment: { os: { name: 'macOS', version: '14' } } }))).toEqual(['app-on-mac', 'installer-generic']);
  });

  it('returns nothing without words or topic', () => {
    expect(rankArticles(index, { locale: 'nl' })).toEqual([]);
    expect(rankArticles(index, { locale: 'nl', text: '  ', answerText: '' })).toEqual([]);
    expect(rankArticles(index, { locale: 'nl', text: 'het is niet de' })).toEqual([]);
  });

  it('returns nothing for words no article has', () => {
    expect(rankArticles(index, { locale: 'nl', text: 'belastingaangifte' })).toEqual([]);
  });

  it('returns three articles unless told otherwise', () => {
    expect(rankArticles(index, { locale: 'nl', topic: 'internet', text: 'printer' })).toHaveLength(3);
    expect(rankArticles(index, { locale: 'nl', topic: 'internet', text: 'printer', limit: 4 })).toHaveLength(4);
    expect(rankArticles(index, { locale: 'nl', topic: 'internet', limit: 0 })).toEqual([]);
  });

  it('breaks ties by id, whatever the order of the articles', () => {
    const reversed = createArticleIndex([...dutch].reverse());
    const query = { locale: 'nl', topic: 'internet' } as const;
    expect(ids(rankArticles(index, query))).toEqual(['fibre-outage', 'slow-internet', 'wifi-drops']);
    expect(rankArticles(reversed, query)).toEqual(rankArticles(index, query));
  });

  it('returns nothing for a locale without articles', () => {
    expect(rankArticles(createArticleIndex(english), { locale: 'nl', text: 'wifi', topic: 'internet' })).toEqual([]);
  });
});

describe('rankArticles with minCoverage', () => {
  const index = createArticleIndex([
    anArticle({ id: 'tv-no-signal', locale: 'en', title: 'The TV shows no signal', topics: ['tv'], questions: ['tv says no signal on screen'] }),
    anArticle({ id: 'tv-remote', locale: 'en', title: 'The remote does not work', topics: ['tv'], questions: ['tv remote stopped working'] }),
  ]);

  it('reports how much of the query each article explains', () => {
    const [best] = rankArticles(index, { locale: 'en', text: 'no signal on the tv' });
    expect(best).toMatchObject({ id: 'tv-no-signal', coverage: 1 });
  });

  it('drops articles that share only a word of a longer question, even of the same topic', () => {
    const query = { locale: 'en' as const, text: 'how do I record a programme on the tv box', topic: 'tv' };
    expect(rankArticles(index, query).length).toBeGreaterThan(0);
    expect(rankArticles(index, { ...query, minCoverage: 0.5 })).toEqual([]);
  });

  it('keeps the topic articles when there are no words to judge by', () => {
    expect(rankArticles(index, { locale: 'en', topic: 'tv', minCoverage: 0.5 }).map((article) => article.id)).toEqual(['tv-no-signal', 'tv-remote']);
  });
});
