import { describe, expect, it } from 'vitest';
import { termsOf } from './terms';

describe('termsOf', () => {
  it('gives Dutch inflections of a word the same term', () => {
    expect(termsOf('verbindingen', 'nl')).toEqual(termsOf('verbinding', 'nl'));
    expect(termsOf('wachtwoorden', 'nl')).toEqual(termsOf('wachtwoord', 'nl'));
    expect(termsOf('instellingen', 'nl')).toEqual(termsOf('instelling', 'nl'));
    expect(termsOf('verbindingen', 'nl')).not.toEqual(termsOf('verbindingen', 'en'));
  });

  it('gives English inflections of a word the same term', () => {
    expect(termsOf('connections', 'en')).toEqual(termsOf('connection', 'en'));
    expect(termsOf('Printers', 'en')).toEqual(termsOf('printer', 'en'));
    expect(termsOf('dropping', 'en')).toEqual(termsOf('drops', 'en'));
  });

  it('lower-cases and strips diacritics', () => {
    expect(termsOf('Geïnstalleerd CAFÉ', 'nl')).toEqual(termsOf('geinstalleerd cafe', 'nl'));
    expect(termsOf('Geïnstalleerd', 'nl')).toHaveLength(1);
  });

  it('drops Dutch stop words, also when written with accents', () => {
    expect(termsOf('Het is niet één van de dingen', 'nl')).toEqual(termsOf('dingen', 'nl'));
  });

  it('drops English stop words, also contracted ones', () => {
    expect(termsOf("I don't know why it is so slow", 'en')).toEqual(['know', 'slow']);
  });

  it('keeps numbers and glues a unit to them', () => {
    expect(termsOf('5 GHz', 'nl')).toEqual(['5ghz']);
    expect(termsOf('5GHz', 'nl')).toEqual(['5ghz']);
    expect(termsOf('2,4 GHz', 'nl')).toEqual(['2.4ghz']);
    expect(termsOf('2.4GHz', 'en')).toEqual(['2.4ghz']);
    expect(termsOf('Windows 7', 'en')).toEqual([...termsOf('Windows', 'en'), '7']);
    expect(termsOf('macOS 10.15.7', 'en')).toContain('10.15.7');
  });

  it('splits hyphenated words, and also joins them when a part is short', () => {
    expect(termsOf('wifi-verbindingen', 'nl')).toEqual(termsOf('wifi verbindingen', 'nl'));
    expect(termsOf('wi-fi', 'nl')).toEqual(expect.arrayContaining(termsOf('wifi', 'nl')));
    expect(termsOf('e-mail', 'en')).toEqual([...termsOf('email', 'en'), ...termsOf('mail', 'en')]);
    expect(termsOf('tv-zender', 'nl')).toEqual(expect.arrayContaining([...termsOf('tvzender zender', 'nl'), 'tv']));
  });

  it('splits at punctuation that is not a decimal mark, and drops a final apostrophe s', () => {
    expect(termsOf('router.example.com', 'en')).toEqual(termsOf('router example com', 'en'));
    expect(termsOf("auto's", 'nl')).toEqual(termsOf('auto', 'nl'));
    expect(termsOf("the modem's lights", 'en')).toEqual(termsOf('modem lights', 'en'));
  });

  it('gives nothing for text without words', () => {
    expect(termsOf('', 'nl')).toEqual([]);
    expect(termsOf(' ?! — ', 'en')).toEqual([]);
  });
});
