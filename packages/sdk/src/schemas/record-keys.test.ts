import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AnswersSchema, FlowSchema } from './flow';
import { EnvironmentSchema } from './environment';
import { toFieldErrors } from './validate';

/** What a JSON body turns into: `JSON.parse` makes `__proto__` an own key, as a server receives it. */
const fromJson = (json: string): unknown => JSON.parse(json);

function fieldErrors(schema: v.GenericSchema, value: unknown) {
  const result = v.safeParse(schema, value);
  return result.success ? [] : toFieldErrors(result.issues);
}

describe('records that keep or refuse every key', () => {
  it('refuses an answer to a question named constructor instead of dropping it', () => {
    expect(fieldErrors(AnswersSchema, fromJson('{"subject":"Contract","constructor":"x"}'))).toEqual([
      { path: 'constructor', code: 'invalid', message: "There is no question 'constructor': leave this answer out." },
    ]);
  });

  it('refuses context fields named __proto__ or prototype, naming each', () => {
    const errors = fieldErrors(EnvironmentSchema, fromJson('{"context":{"plan":"fiber","__proto__":"x","prototype":1}}'));
    expect(errors.map((error) => error.path)).toEqual(['context.__proto__', 'context.prototype']);
    expect(errors[0]!.message).toBe("A context field cannot be called '__proto__': rename it.");
  });

  it('keeps every other key as sent', () => {
    const context = { plan: 'fiber', 'hasOwnProperty': 'x', toString: true, '': 3 };
    expect(v.parse(EnvironmentSchema, { context }).context).toEqual(context);
  });

  it('still says what a record must be when it is none', () => {
    expect(fieldErrors(AnswersSchema, null)).toEqual([expect.objectContaining({ path: '', code: 'invalid' })]);
    expect(fieldErrors(AnswersSchema, 'x')).toHaveLength(1);
  });
});

describe('context values', () => {
  it('refuses a number JSON cannot hold, rather than storing null', () => {
    expect(fieldErrors(EnvironmentSchema, fromJson('{"context":{"seats":1e400}}'))).toEqual([
      { path: 'context.seats', code: 'invalid', message: 'A number in the context is finite.' },
    ]);
  });

  it('names the limit of a text value that is too long', () => {
    expect(fieldErrors(EnvironmentSchema, { context: { plan: 'x'.repeat(500) } })).toEqual([]);
    expect(fieldErrors(EnvironmentSchema, { context: { plan: 'x'.repeat(501) } })).toEqual([
      { path: 'context.plan', code: 'too_long', message: 'At most 500 characters.' },
    ]);
  });
});

describe('question ids', () => {
  it('refuses a question id that answers could not be kept under', () => {
    const flow = { id: 'orders', label: { nl: 'Bestellingen', en: 'Orders' }, questions: [{ id: 'prototype', kind: 'text', label: { nl: 'Wat?', en: 'What?' } }] };
    expect(fieldErrors(FlowSchema, flow)).toEqual([
      { path: 'questions.0.id', code: 'invalid', message: 'An id cannot be "constructor" or "prototype": choose another.' },
    ]);
  });
});
