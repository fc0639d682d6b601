import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, LOCALES } from '@loket/sdk';
import { composeCaseEmail } from './compose-case-email';

const link = 'https://www.zeewind.example/support#loket-case=LK-4F7Q-92KD&t=abc';

describe('composeCaseEmail', () => {
  it('writes a support reply in Dutch with the message and the link', () => {
    const email = composeCaseEmail({
      siteName: 'Zeewind Internet',
      link,
      payload: { reference: 'LK-4F7Q-92KD', locale: 'nl', message: { text: 'Herstart uw modem.', question: false } },
    });
    expect(email.subject).toBe('Nieuw bericht over uw melding LK-4F7Q-92KD');
    expect(email.text).toContain('Zeewind Internet heeft gereageerd op uw melding LK-4F7Q-92KD:\n\nHerstart uw modem.');
    expect(email.text).toContain(`Bekijk uw melding en reageer via deze link:\n${link}`);
  });

  it('asks a question in English and says how to answer it', () => {
    const email = composeCaseEmail({
      siteName: 'Zeewind Internet',
      link,
      payload: { reference: 'LK-4F7Q-92KD', locale: 'en', message: { text: 'Which light is red?', question: true } },
    });
    expect(email.subject).toBe('A question about your case LK-4F7Q-92KD');
    expect(email.text).toContain('Answer the question through this link:');
  });

  it('has a subject and a sentence for every status in both languages', () => {
    for (const locale of LOCALES) {
      const sentences = new Set<string>();
      for (const status of CASE_STATUSES) {
        const email = composeCaseEmail({ siteName: 'Z', link, payload: { reference: 'LK-4F7Q-92KD', locale, status: { from: 'new', to: status } } });
        expect(email.subject).toMatch(/LK-4F7Q-92KD is \S/);
        expect(email.subject).not.toContain('undefined');
        sentences.add(email.text.split('\n\n')[2]!);
      }
      expect(sentences.size).toBe(CASE_STATUSES.length);
    }
  });

  it('escapes the message in the HTML part, so it cannot add markup', () => {
    const email = composeCaseEmail({
      siteName: 'Zeewind & Co',
      link,
      payload: { reference: 'LK-4F7Q-92KD', locale: 'en', message: { text: '<img src=x onerror=alert(1)> "quoted"', question: false } },
    });
    expect(email.html).not.toContain('<img');
    expect(email.html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot;');
    expect(email.html).toContain('Zeewind &amp; Co');
    expect(email.html).toContain(`<a href="${link.replace('&', '&amp;')}">`);
  });
});
