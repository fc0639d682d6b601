import { describe, expect, it } from 'vitest';
import { dueEscalations, raiseLevel, raisePriority } from './escalation';

const now = new Date('2026-11-23T09:00:00.000Z');
const fresh = { failed_attempts: 0, repeat_contacts: 0, respond_by: null, status: 'new' as const, escalations: [] };

describe('dueEscalations', () => {
  it('finds each rule the case meets', () => {
    const rules = { failedAttempts: 2, repeatContacts: 2, responseTimeBreached: true };
    expect(dueEscalations(rules, { ...fresh, failed_attempts: 2 }, now)).toEqual(['failed_attempts']);
    expect(dueEscalations(rules, { ...fresh, repeat_contacts: 3 }, now)).toEqual(['repeat_contacts']);
    expect(dueEscalations(rules, { ...fresh, respond_by: new Date(now.getTime() - 1) }, now)).toEqual(['response_time_breached']);
    expect(dueEscalations(rules, { ...fresh, failed_attempts: 1, repeat_contacts: 1, respond_by: new Date(now.getTime() + 1) }, now)).toEqual([]);
  });

  it('applies each reason once per case', () => {
    const rules = { failedAttempts: 1, repeatContacts: 1, responseTimeBreached: false };
    expect(dueEscalations(rules, { ...fresh, failed_attempts: 5, repeat_contacts: 5, escalations: ['failed_attempts'] }, now)).toEqual(['repeat_contacts']);
  });

  it('leaves rules that are off, and breaches of cases that owe no response', () => {
    expect(dueEscalations({ responseTimeBreached: false }, { ...fresh, failed_attempts: 9, repeat_contacts: 9, respond_by: new Date(0) }, now)).toEqual([]);
    expect(dueEscalations({ responseTimeBreached: true }, { ...fresh, status: 'waiting_for_customer', respond_by: new Date(0) }, now)).toEqual([]);
  });
});

describe('raising', () => {
  it('raises priority and level one step, capped at the highest', () => {
    expect([raisePriority('normal'), raisePriority('high'), raisePriority('urgent')]).toEqual(['high', 'urgent', 'urgent']);
    expect([raiseLevel(1), raiseLevel(2), raiseLevel(3)]).toEqual([2, 3, 3]);
  });
});
