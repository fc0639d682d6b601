import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from './docs-report-fixture';
import { commonAnswers } from './common-answers';

const software = FIXTURE_SITE.flows.find((flow) => flow.id === 'software')!;

describe('commonAnswers', () => {
  it('keeps answers at least half the group gave, most common first, worded by the flow', () => {
    expect(commonAnswers(software, [{ problem: 'error', admin: 'no' }, { problem: 'error', admin: 'yes' }, { problem: 'wont-start', admin: 'no' }, { problem: 'error' }], 'nl')).toEqual([
      { question: 'problem', answer: 'error', questionText: 'Wat gebeurt er?', answerText: 'Er verschijnt een foutmelding', count: 3 },
      { question: 'admin', answer: 'no', questionText: "Mag u zelf programma's installeren?", answerText: 'Nee', count: 2 },
    ]);
  });

  it('leaves out answers to questions the flow no longer has: they may be typed text, with personal details', () => {
    expect(commonAnswers(software, [{ gone: 'Jan Jansen' }, { gone: 'Jan Jansen' }], 'en')).toEqual([]);
    expect(commonAnswers(undefined, [{ note: ['a', 'b'] }, { note: ['a'] }], 'en')).toEqual([]);
  });
});
