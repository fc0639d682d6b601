import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSite } from '../sites/load-sites';
import type { Site } from '../sites/site-schema';
import type { NoMatchReport } from './no-match-reports';
import { findUnansweredQuestions } from './unanswered-questions';

let site: Site;
beforeAll(async () => {
  const loaded = await loadSite(fileURLToPath(new URL('../../../demo-site/sites/demo', import.meta.url)));
  site = loaded.site!;
});

const report = (id: string, text: string, answers: NoMatchReport['answers'] = {}): NoMatchReport => ({
  report: id, locale: 'nl', topic: 'moving', answers, text, filed: false, day: '2026-11-20',
});

describe('findUnansweredQuestions', () => {
  it('never names a group by what only one customer wrote or typed into an open question', () => {
    const [item] = findUnansweredQuestions(site, [
      report('r1', 'Kan ik de glasvezel laten doorverhuizen naar een recreatiewoning? Groet, Pieter Hendriks, klantnummer 48213', { 'new-postcode': '1976ZX', 'keep-subscription': 'yes' }),
      report('r2', 'Glasvezel doorverhuizen naar een recreatiewoning op Texel, kan dat?', { 'new-postcode': '1791AB', 'keep-subscription': 'yes' }),
      report('r3', 'Wij verhuizen naar een recreatiewoning, kan de glasvezel mee?', { 'new-postcode': '1976ZX', 'keep-subscription': 'yes' }),
    ], 'nl');
    expect(item).toBeDefined();
    expect(item!.words).toContain('recreatiewoning');
    for (const personal of ['pieter', 'hendriks', '48213', '1976zx', '1976ZX']) expect(item!.words.map((word) => word.toLowerCase())).not.toContain(personal.toLowerCase());
    // Only answers chosen from options are shown; the typed postcode is not, however common.
    expect(item!.answers.map((answer) => answer.question)).toEqual(['keep-subscription']);
  });
});
