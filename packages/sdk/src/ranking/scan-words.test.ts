import { describe, expect, it } from 'vitest';
import { createWordScanner, scanWords } from './scan-words';
import { wordsOf } from './terms';
import { AWKWARD_TEXTS } from './texts.fixture';
import { createWordTable } from './word-table';

const TEXTS = [
  ...AWKWARD_TEXTS,
  '5\u00a0GHz 5 GHz 5GHz 2.4 ghz 10.15.7 mhz 5-GHz 5\nGHz',
  'ΑΣ:Β ΑΣ. Σ ὈΔΥΣΣΕΎΣ',
  'A:Σ a.é e\u0301t (a)b-c word.\u0301x a.\u0301b',
  'ﷺ ﷺ İstanbul DİYARBAKIR',
  'TV-box tv-box. e-mail E-MAIL Tado-thermostaat 192.168.1.1 0,01 €',
  'Is het ons niet gelukt om het bedrag van uw rekening af te schrijven? U krijgt dan een e-mail of brief. Geen zorgen: dat is eenvoudig op te lossen via Mijn Zeewind (zeewind.example/mijn).',
  "The modem's lights: if the DSL light blinks orange for more than 10 minutes, restart it; on Windows 8.1 or macOS 10.15.7 use the 5GHz band (channel 36–48).",
];

const wordsScanned = (scanner: ReturnType<typeof createWordScanner>, text: string): string[] => {
  const count = scanWords(scanner, text);
  return [...scanner.numbers.subarray(0, count)].map((number) => scanner.table.words[number]!);
};

describe('scanWords', () => {
  it('finds the very words wordsOf finds, in order', () => {
    const scanner = createWordScanner(createWordTable());
    const texts = [...TEXTS, ...TEXTS.map((text) => text.toUpperCase()), TEXTS.join('\n')];
    // Twice: the second time every word and stretch is known.
    for (const text of [...texts, ...texts]) expect(wordsScanned(scanner, text)).toEqual(wordsOf(text));
  });

  it('gives a word one number however it is written', () => {
    const scanner = createWordScanner(createWordTable());
    scanWords(scanner, 'Wifi WIFI wifi tv-box');
    expect([...scanner.numbers.subarray(0, 3)]).toEqual([0, 0, 0]);
    expect(scanner.table.words).toEqual(['wifi', 'tvbox', 'tv', 'box']);
  });

  it('keeps finding words after its table grows', () => {
    const scanner = createWordScanner(createWordTable());
    const text = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(wordsScanned(scanner, text)).toEqual(wordsOf(text));
    expect(wordsScanned(scanner, text)).toEqual(wordsOf(text));
    expect(scanner.table.words).toHaveLength(20_000);
  });
});
