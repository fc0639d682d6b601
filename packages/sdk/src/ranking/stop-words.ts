import type { Locale } from '../schemas/locale';

/**
 * Words too common to tell articles apart, per locale, written as {@link termsOf} sees them:
 * lower case, without diacritics or apostrophes (`één` → `een`, `don't` → `dont`).
 *
 * Based on the Snowball lists, plus greetings and yes/no (answers arrive in words). English keeps
 * `down`, `off` and `out`, which carry the meaning of "internet is down" or "keeps dropping out".
 *
 * @example
 * STOP_WORDS.nl.includes('het'); // true
 */
export const STOP_WORDS = {
  nl: [
    'aan', 'al', 'alle', 'alles', 'als', 'altijd', 'andere', 'ben', 'bij', 'daar', 'dan', 'dat',
    'de', 'der', 'deze', 'die', 'dit', 'doch', 'doen', 'door', 'dus', 'een', 'eens', 'en', 'er',
    'ge', 'geen', 'geweest', 'graag', 'haar', 'had', 'hallo', 'heb', 'hebben', 'heeft', 'hem',
    'het', 'hier', 'hij', 'hoe', 'hun', 'iemand', 'iets', 'ik', 'in', 'is', 'ja', 'je', 'jij',
    'jouw', 'kan', 'kon', 'kunnen', 'maar', 'me', 'meer', 'men', 'met', 'mij', 'mijn', 'moet',
    'na', 'naar', 'nee', 'niet', 'niets', 'nog', 'nu', 'of', 'om', 'omdat', 'onder', 'ons', 'ook',
    'op', 'over', 'reeds', 'te', 'tegen', 'toch', 'toen', 'tot', 'u', 'uit', 'uw', 'van', 'veel',
    'voor', 'want', 'waren', 'was', 'wat', 'we', 'werd', 'wezen', 'wie', 'wij', 'wil', 'worden',
    'wordt', 'zal', 'ze', 'zelf', 'zich', 'zij', 'zijn', 'zo', 'zonder', 'zou',
  ],
  en: [
    'a', 'about', 'after', 'again', 'all', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
    'because', 'been', 'before', 'being', 'both', 'but', 'by', 'can', 'cannot', 'cant', 'could',
    'did', 'do', 'does', 'doesnt', 'doing', 'dont', 'each', 'for', 'from', 'had', 'has', 'have',
    'having', 'he', 'hello', 'her', 'here', 'hi', 'him', 'his', 'how', 'i', 'if', 'im', 'in',
    'into', 'is', 'isnt', 'it', 'its', 'ive', 'just', 'me', 'more', 'most', 'my', 'myself', 'no',
    'nor', 'not', 'now', 'of', 'on', 'once', 'only', 'or', 'other', 'our', 'please', 'she',
    'should', 'so', 'some', 'such', 'than', 'thanks', 'that', 'the', 'their', 'them', 'then',
    'there', 'these', 'they', 'this', 'those', 'to', 'too', 'up', 'very', 'was', 'we', 'were',
    'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with', 'wont', 'would',
    'yes', 'you', 'your',
  ],
} as const satisfies Record<Locale, readonly string[]>;
