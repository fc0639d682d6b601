import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FlowSchema } from '../schemas/flow';
import type { FlowInput } from '../schemas/flow';
import { pruneAnswers, visibleQuestions } from './visible-questions';

const text = (en: string) => ({ nl: `(nl) ${en}`, en });
const option = (id: string) => ({ id, label: text(id) });
const flowOf = (questions: FlowInput['questions']) => v.parse(FlowSchema, { id: 'internet', label: text('Internet is down'), questions });

const internet = flowOf([
  { id: 'connection', kind: 'single', label: text('Which connection do you have?'), options: [option('fibre'), option('dsl'), option('cable')] },
  { id: 'modem-on', kind: 'yesno', label: text('Is the modem on?') },
  {
    id: 'which-light',
    kind: 'single',
    label: text('Which light is red?'),
    options: [option('internet'), option('wifi')],
    when: { all: [{ question: 'modem-on', equals: 'yes' }, { question: 'connection', equals: 'fibre' }] },
  },
  { id: 'blinking', kind: 'yesno', label: text('Is it blinking?'), when: { question: 'which-light', answered: true } },
  { id: 'since', kind: 'date', label: text('Since when?') },
]);

const ids = (questions: { id: string }[]) => questions.map((question) => question.id);

describe('visibleQuestions', () => {
  it('shows questions without a condition whatever the answers, in the order of the flow', () => {
    expect(ids(visibleQuestions(internet, {}))).toEqual(['connection', 'modem-on', 'since']);
  });

  it('shows a question once its condition holds', () => {
    expect(ids(visibleQuestions(internet, { connection: 'fibre', 'modem-on': 'yes' }))).toEqual([
      'connection',
      'modem-on',
      'which-light',
      'since',
    ]);
    expect(ids(visibleQuestions(internet, { connection: 'fibre', 'modem-on': 'yes', 'which-light': 'internet' }))).toEqual([
      'connection',
      'modem-on',
      'which-light',
      'blinking',
      'since',
    ]);
  });

  it('hides the questions that depend on a hidden question, even when that question still has an answer', () => {
    const answers = { connection: 'fibre', 'modem-on': 'no', 'which-light': 'internet' };
    expect(ids(visibleQuestions(internet, answers))).toEqual(['connection', 'modem-on', 'since']);
  });

  it('lets a condition on a later question see no answer', () => {
    const flow = flowOf([
      { id: 'early', kind: 'yesno', label: text('Early?'), when: { question: 'late', answered: true } },
      { id: 'empty-late', kind: 'yesno', label: text('Late is empty?'), when: { question: 'late', answered: false } },
      { id: 'late', kind: 'text', label: text('Late?') },
    ]);
    expect(ids(visibleQuestions(flow, { late: 'given' }))).toEqual(['empty-late', 'late']);
  });

  it('lets a condition on the question itself see no answer', () => {
    const flow = flowOf([{ id: 'loop', kind: 'yesno', label: text('Loop?'), when: { question: 'loop', equals: 'yes' } }]);
    expect(visibleQuestions(flow, { loop: 'yes' })).toEqual([]);
  });
});

describe('pruneAnswers', () => {
  it('keeps the answers to visible questions, in the order of the flow', () => {
    const answers = { since: '2026-11-23', 'which-light': 'internet', 'modem-on': 'yes', connection: 'fibre' };
    const pruned = pruneAnswers(internet, answers);
    expect(pruned).toEqual(answers);
    expect(Object.keys(pruned)).toEqual(['connection', 'modem-on', 'which-light', 'since']);
  });

  it('drops answers to hidden questions, also those hidden through a chain of conditions', () => {
    const answers = { connection: 'dsl', 'modem-on': 'yes', 'which-light': 'internet', blinking: 'yes' };
    expect(pruneAnswers(internet, answers)).toEqual({ connection: 'dsl', 'modem-on': 'yes' });
  });

  it('drops empty answers', () => {
    expect(pruneAnswers(internet, { connection: '', 'modem-on': 'no', since: [] })).toEqual({ 'modem-on': 'no' });
  });

  it('drops answers to question ids the flow does not have', () => {
    expect(pruneAnswers(internet, { 'modem-on': 'no', colour: 'red' })).toEqual({ 'modem-on': 'no' });
  });

  it('leaves the answers it was given unchanged', () => {
    const answers = { connection: 'dsl', 'which-light': 'internet' };
    pruneAnswers(internet, answers);
    expect(answers).toEqual({ connection: 'dsl', 'which-light': 'internet' });
  });
});
