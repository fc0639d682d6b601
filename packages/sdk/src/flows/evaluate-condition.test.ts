import { describe, expect, it } from 'vitest';
import type { Answers } from '../schemas/flow';
import { evaluateCondition } from './evaluate-condition';

describe('evaluateCondition', () => {
  it('holds for equals when the answer is exactly that value', () => {
    expect(evaluateCondition({ question: 'modem-on', equals: 'yes' }, { 'modem-on': 'yes' })).toBe(true);
    expect(evaluateCondition({ question: 'modem-on', equals: 'yes' }, { 'modem-on': 'no' })).toBe(false);
    expect(evaluateCondition({ question: 'notes', equals: 'Router' }, { notes: 'router' })).toBe(false);
  });

  it('does not hold for equals when the question has no answer', () => {
    expect(evaluateCondition({ question: 'modem-on', equals: 'yes' }, {})).toBe(false);
    expect(evaluateCondition({ question: 'notes', equals: '' }, { notes: '' })).toBe(false);
  });

  it('never holds for equals on a multiple choice answer, even one with that single choice', () => {
    expect(evaluateCondition({ question: 'devices', equals: 'phone' }, { devices: ['phone'] })).toBe(false);
  });

  it('holds for in when the answer is one of the listed values', () => {
    const condition = { question: 'connection', in: ['fibre', 'cable'] };
    expect(evaluateCondition(condition, { connection: 'cable' })).toBe(true);
    expect(evaluateCondition(condition, { connection: 'dsl' })).toBe(false);
    expect(evaluateCondition(condition, {})).toBe(false);
  });

  it('never holds for in on a multiple choice answer', () => {
    expect(evaluateCondition({ question: 'devices', in: ['phone', 'tv'] }, { devices: ['phone'] })).toBe(false);
  });

  it('holds for includes when a multiple choice answer contains the value', () => {
    const condition = { question: 'devices', includes: 'tv' };
    expect(evaluateCondition(condition, { devices: ['phone', 'tv'] })).toBe(true);
    expect(evaluateCondition(condition, { devices: ['phone'] })).toBe(false);
    expect(evaluateCondition(condition, { devices: [] })).toBe(false);
  });

  it('does not hold for includes on a single answer that equals the value', () => {
    expect(evaluateCondition({ question: 'devices', includes: 'tv' }, { devices: 'tv' })).toBe(false);
  });

  it('tells answered: true and answered: false apart, counting an empty string or empty list as no answer', () => {
    const answered = { question: 'notes', answered: true };
    const unanswered = { question: 'notes', answered: false };
    expect(evaluateCondition(answered, { notes: 'the modem beeps' })).toBe(true);
    expect(evaluateCondition(answered, { notes: ['tv'] })).toBe(true);
    const none: Answers[] = [{}, { notes: '' }, { notes: [] }];
    for (const answers of none) {
      expect(evaluateCondition(answered, answers)).toBe(false);
      expect(evaluateCondition(unanswered, answers)).toBe(true);
    }
  });

  it('holds for all only when every part holds', () => {
    const condition = { all: [{ question: 'a', equals: 'yes' }, { question: 'b', equals: 'yes' }] };
    expect(evaluateCondition(condition, { a: 'yes', b: 'yes' })).toBe(true);
    expect(evaluateCondition(condition, { a: 'yes', b: 'no' })).toBe(false);
  });

  it('holds for any when at least one part holds', () => {
    const condition = { any: [{ question: 'a', equals: 'yes' }, { question: 'b', equals: 'yes' }] };
    expect(evaluateCondition(condition, { a: 'no', b: 'yes' })).toBe(true);
    expect(evaluateCondition(condition, { a: 'no', b: 'no' })).toBe(false);
  });

  it('turns a condition around with not, so not-equals holds for an unanswered question', () => {
    const condition = { not: { question: 'new-subscription', equals: 'cancel' } };
    expect(evaluateCondition(condition, { 'new-subscription': 'cancel' })).toBe(false);
    expect(evaluateCondition(condition, { 'new-subscription': 'keep' })).toBe(true);
    expect(evaluateCondition(condition, {})).toBe(true);
  });

  it("shows 'Which light is red?' when 'Is the modem on?' is yes and the connection type is fibre", () => {
    const whichLightIsRed = {
      all: [
        { question: 'modem-on', equals: 'yes' },
        { question: 'connection', equals: 'fibre' },
      ],
    };
    expect(evaluateCondition(whichLightIsRed, { 'modem-on': 'yes', connection: 'fibre' })).toBe(true);
    expect(evaluateCondition(whichLightIsRed, { 'modem-on': 'no', connection: 'fibre' })).toBe(false);
    expect(evaluateCondition(whichLightIsRed, { 'modem-on': 'yes', connection: 'dsl' })).toBe(false);
    expect(evaluateCondition(whichLightIsRed, { 'modem-on': 'yes' })).toBe(false);
  });

  it('nests all, any and not as deep as needed', () => {
    // The modem is on, and the internet or DSL light is red, and the customer has not restarted it.
    const condition = {
      all: [
        { question: 'modem-on', equals: 'yes' },
        { any: [{ question: 'light', equals: 'internet' }, { question: 'light', equals: 'dsl' }] },
        { not: { any: [{ question: 'restarted', equals: 'yes' }, { question: 'devices', includes: 'modem' }] } },
      ],
    };
    expect(evaluateCondition(condition, { 'modem-on': 'yes', light: 'dsl', restarted: 'no' })).toBe(true);
    expect(evaluateCondition(condition, { 'modem-on': 'yes', light: 'none', restarted: 'no' })).toBe(false);
    expect(evaluateCondition(condition, { 'modem-on': 'yes', light: 'dsl', restarted: 'yes' })).toBe(false);
    expect(evaluateCondition(condition, { 'modem-on': 'yes', light: 'dsl', devices: ['modem'] })).toBe(false);
  });

  it('never holds for a comparison without an operator, and needs every operator of one with several', () => {
    expect(evaluateCondition({ question: 'modem-on' }, { 'modem-on': 'yes' })).toBe(false);
    const both = { question: 'light', equals: 'dsl', in: ['internet', 'dsl'] };
    expect(evaluateCondition(both, { light: 'dsl' })).toBe(true);
    expect(evaluateCondition(both, { light: 'internet' })).toBe(false);
  });

  it('sees no answer for a question named like an Object.prototype property', () => {
    expect(evaluateCondition({ question: 'constructor', answered: true }, {})).toBe(false);
    expect(evaluateCondition({ question: 'constructor', answered: false }, {})).toBe(true);
  });
});
