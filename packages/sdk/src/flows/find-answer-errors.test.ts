import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FlowSchema } from '../schemas/flow';
import { findAnswerErrors } from './find-answer-errors';

const text = (en: string) => ({ nl: `(nl) ${en}`, en });
const option = (id: string) => ({ id, label: text(id) });

const internet = v.parse(FlowSchema, {
  id: 'internet',
  label: text('Internet is down'),
  questions: [
    { id: 'since', kind: 'date', label: text('Since when?'), required: true },
    { id: 'modem-on', kind: 'yesno', label: text('Is the modem on?'), required: true },
    {
      id: 'light',
      kind: 'single',
      label: text('Which light is red?'),
      required: true,
      options: [option('internet'), option('dsl'), option('none')],
      when: { question: 'modem-on', equals: 'yes' },
    },
    { id: 'devices', kind: 'multiple', label: text('On which devices?'), options: [option('computer'), option('phone'), option('tv')] },
    { id: 'error-text', kind: 'text', label: text('What does the error say?') },
    { id: 'notes', kind: 'longtext', label: text('Anything else?') },
  ],
});

const complete = { since: '2026-11-23', 'modem-on': 'yes', light: 'dsl' };

/** The one error of an answer, or `undefined`. */
function errorFor(questionId: string, answer: string | string[]) {
  const errors = findAnswerErrors(internet, { ...complete, [questionId]: answer });
  expect(errors.length).toBeLessThanOrEqual(1);
  return errors[0];
}

describe('findAnswerErrors', () => {
  it('finds nothing wrong with complete, well-formed answers', () => {
    expect(findAnswerErrors(internet, complete)).toEqual([]);
    expect(
      findAnswerErrors(internet, { ...complete, devices: ['phone', 'tv'], 'error-text': 'DNS_PROBE_FINISHED', notes: 'Since the storm.' }),
    ).toEqual([]);
  });

  it('asks for an answer to each visible required question without one, counting empty answers as none', () => {
    expect(findAnswerErrors(internet, { since: '', 'modem-on': 'yes', light: [] })).toEqual([
      { path: 'answers.since', code: 'required', message: 'Give a date, like 2026-11-23.' },
      { path: 'answers.light', code: 'required', message: 'Choose one of the options.' },
    ]);
    expect(findAnswerErrors(internet, { since: '2026-11-23' })).toEqual([
      { path: 'answers.modem-on', code: 'required', message: "Answer 'yes' or 'no'." },
    ]);
  });

  it('does not ask for a required question that is hidden', () => {
    expect(findAnswerErrors(internet, { since: '2026-11-23', 'modem-on': 'no' })).toEqual([]);
  });

  it('ignores answers to hidden questions, even wrong ones', () => {
    expect(findAnswerErrors(internet, { since: '2026-11-23', 'modem-on': 'no', light: 'purple' })).toEqual([]);
  });

  it('refuses an answer to a question id the flow does not have', () => {
    expect(findAnswerErrors(internet, { ...complete, colour: 'red' })).toEqual([
      { path: 'answers.colour', code: 'unknown_value', message: expect.stringContaining("This topic has no question 'colour'.") },
    ]);
  });

  it('refuses a list as the answer to a single choice question', () => {
    expect(errorFor('light', ['dsl'])).toMatchObject({ path: 'answers.light', code: 'invalid' });
  });

  it('refuses a single choice that is not an option, naming the options', () => {
    expect(errorFor('light', 'purple')).toEqual({
      path: 'answers.light',
      code: 'unknown_value',
      message: "'purple' is not an option of this question. Choose one of: internet, dsl, none.",
    });
  });

  it('refuses text as the answer to a multiple choice question', () => {
    expect(errorFor('devices', 'phone')).toMatchObject({ path: 'answers.devices', code: 'invalid' });
  });

  it('refuses a multiple choice answer that chooses an option twice', () => {
    expect(errorFor('devices', ['phone', 'tv', 'phone'])).toEqual({
      path: 'answers.devices',
      code: 'invalid',
      message: "Choose each option once; 'phone' is chosen more than once.",
    });
  });

  it('refuses multiple choices that are not options, naming them and the options', () => {
    expect(errorFor('devices', ['phone', 'fridge', 'toaster'])).toEqual({
      path: 'answers.devices',
      code: 'unknown_value',
      message: "'fridge', 'toaster' are not options of this question. Choose from: computer, phone, tv.",
    });
  });

  it("refuses a yes/no answer other than 'yes' or 'no'", () => {
    expect(errorFor('modem-on', 'maybe')).toMatchObject({ path: 'answers.modem-on', code: 'unknown_value', message: expect.stringContaining("Answer 'yes' or 'no'") });
    expect(errorFor('modem-on', ['yes'])).toMatchObject({ path: 'answers.modem-on', code: 'invalid' });
  });

  it('refuses a short text longer than 200 characters, and accepts one of exactly 200', () => {
    expect(errorFor('error-text', 'x'.repeat(200))).toBeUndefined();
    expect(errorFor('error-text', 'x'.repeat(201))).toEqual({
      path: 'answers.error-text',
      code: 'too_long',
      message: 'Shorten the answer to at most 200 characters; it has 201.',
    });
  });

  it('refuses a long text longer than 5000 characters, and accepts one of exactly 5000', () => {
    expect(errorFor('notes', 'x'.repeat(5000))).toBeUndefined();
    expect(errorFor('notes', 'x'.repeat(5001))).toMatchObject({ path: 'answers.notes', code: 'too_long' });
  });

  it('refuses a text answer of only spaces, as missing when the question is required', () => {
    expect(errorFor('error-text', '   ')).toMatchObject({ path: 'answers.error-text', code: 'invalid', message: expect.stringContaining('only spaces') });
    const required = v.parse(FlowSchema, { id: 'x', label: text('X'), questions: [{ id: 'what', kind: 'text', label: text('What?'), required: true }] });
    expect(findAnswerErrors(required, { what: ' \n ' })).toMatchObject([{ path: 'answers.what', code: 'required' }]);
  });

  it('refuses a list as the answer to a text question', () => {
    expect(errorFor('error-text', ['a'])).toMatchObject({ path: 'answers.error-text', code: 'invalid' });
  });

  it('refuses a date that is not on the calendar or not written as YYYY-MM-DD', () => {
    for (const date of ['2026-02-30', '2026-13-01', '23-11-2026', '2026-11-23T10:00', 'yesterday']) {
      expect(errorFor('since', date)).toEqual({
        path: 'answers.since',
        code: 'invalid',
        message: `'${date}' is not a date. Use a date like 2026-11-23.`,
      });
    }
    expect(errorFor('since', '2028-02-29')).toBeUndefined();
    expect(errorFor('since', ['2026-11-23'])).toMatchObject({ path: 'answers.since', code: 'invalid', message: expect.stringContaining('2026-11-23') });
  });

  it('lists errors in the order of the flow, then unknown question ids', () => {
    const errors = findAnswerErrors(internet, { colour: 'red', light: 'purple', since: 'soon', 'modem-on': 'yes' });
    expect(errors.map((error) => error.path)).toEqual(['answers.since', 'answers.light', 'answers.colour']);
  });
});
