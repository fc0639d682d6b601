import { describe, expect, it } from 'vitest';
import { CONSOLE_TEXTS } from './console-texts';

describe('the console texts', () => {
  it('count one case loaded in the singular, in both languages', () => {
    expect([1, 2].map(CONSOLE_TEXTS.nl.inbox.loaded)).toEqual(['1 melding extra geladen.', '2 meldingen extra geladen.']);
    expect([1, 2].map(CONSOLE_TEXTS.en.inbox.loaded)).toEqual(['1 more case loaded.', '2 more cases loaded.']);
  });
});
