/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { addPendingReport, forgetCase, loadMyCases, rememberCase, removePendingReport, savedCaseOf, updateCase } from './my-cases-store';
import { readCaseLink } from './case-link';
import { browserId } from './browser-id';

const saved = (reference: string, extra = {}) => ({ reference, token: `t-${reference}`, topic: 'billing', filedAt: '2026-11-23T09:00:00.000Z', ...extra });

afterEach(() => localStorage.clear());

describe('My cases in storage', () => {
  it('keeps cases per site, newest first, and keeps a message draft when the case is remembered again', () => {
    rememberCase('demo', saved('LK-4F7Q-92KD'));
    rememberCase('demo', saved('LK-7HJK-3MNP'));
    updateCase('demo', 'LK-4F7Q-92KD', { messageDraft: 'Half getypt' });
    rememberCase('demo', saved('LK-4F7Q-92KD', { status: 'in_progress' }));
    const { cases } = loadMyCases('demo');
    expect(cases.map((item) => item.reference)).to.deep.equal(['LK-4F7Q-92KD', 'LK-7HJK-3MNP']);
    expect(cases[0]).to.include({ messageDraft: 'Half getypt', status: 'in_progress' });
    expect(loadMyCases('other').cases).to.deep.equal([]);
    forgetCase('demo', 'LK-4F7Q-92KD');
    expect(loadMyCases('demo').cases.map((item) => item.reference)).to.deep.equal(['LK-7HJK-3MNP']);
  });

  it('drops entries that do not have the shape of a case, and everything of another version', () => {
    localStorage.setItem('loket:cases:demo', JSON.stringify({
      version: 1,
      cases: [saved('LK-4F7Q-92KD'), saved('not-a-reference'), { ...saved('LK-7HJK-3MNP'), token: '' }, { ...saved('LK-2222-3333'), status: 'lost' }, null],
      pending: [{ key: 'k', topic: 'billing', description: 'x', queuedAt: 1 }, { key: 1 }],
    }));
    const data = loadMyCases('demo');
    expect(data.cases.map((item) => item.reference)).to.deep.equal(['LK-4F7Q-92KD']);
    expect(data.pending.map((item) => item.key)).to.deep.equal(['k']);
    localStorage.setItem('loket:cases:demo', JSON.stringify({ version: 99, cases: [saved('LK-4F7Q-92KD')] }));
    expect(loadMyCases('demo').cases).to.deep.equal([]);
    localStorage.setItem('loket:cases:demo', '{not json');
    expect(loadMyCases('demo').cases).to.deep.equal([]);
  });

  it('changes a case as stored now, so what another tab changed since this one read it is not undone', () => {
    const first = { key: 'a', text: 'Eerste bericht', queuedAt: 1 };
    const second = { key: 'b', text: 'Tweede bericht', queuedAt: 2 };
    rememberCase('demo', saved('LK-4F7Q-92KD', { pendingMessages: [first], messageDraft: '' }));
    const copy = loadMyCases('demo').cases[0]!;
    // Another tab's outbox sent the first message, and the customer typed there.
    localStorage.setItem('loket:cases:demo', JSON.stringify({ version: 1, cases: [saved('LK-4F7Q-92KD', { pendingMessages: [], messageDraft: 'Uit het andere tabblad' })], pending: [] }));
    updateCase('demo', 'LK-4F7Q-92KD', (current) => ({ pendingMessages: [...(current.pendingMessages ?? []), second] }));
    const [stored] = loadMyCases('demo').cases;
    expect(copy.pendingMessages).to.deep.equal([first]);
    expect(stored!.pendingMessages).to.deep.equal([second]);
    expect(stored!.messageDraft).to.equal('Uit het andere tabblad');
    expect(updateCase('demo', 'LK-0000-0000', () => ({ messageDraft: 'x' })).cases.map((item) => item.reference)).to.deep.equal(['LK-4F7Q-92KD']);
  });

  it('remembers a filed case from the server\'s answer', () => {
    const created = { reference: 'LK-4F7Q-92KD', token: 'token-1', status: 'new', createdAt: '2026-11-23T09:00:00.000Z', respondBy: null, linked: false } as const;
    expect(savedCaseOf(created, 'billing')).to.deep.equal({ reference: 'LK-4F7Q-92KD', token: 'token-1', topic: 'billing', filedAt: '2026-11-23T09:00:00.000Z', status: 'new', respondBy: null });
  });

  it('keeps reports waiting to be sent until they are filed', () => {
    addPendingReport('demo', { key: 'a', topic: 'billing', description: 'x', queuedAt: 1 });
    addPendingReport('demo', { key: 'b', topic: 'internet', description: 'y', queuedAt: 2 });
    removePendingReport('demo', 'a');
    expect(loadMyCases('demo').pending.map((item) => item.key)).to.deep.equal(['b']);
  });
});

describe('case links and the browser id', () => {
  it('reads a case link from the address fragment, however the reference is typed', () => {
    expect(readCaseLink('#loket-case=lk-4f7q-92kd&t=abc')).to.deep.equal({ reference: 'LK-4F7Q-92KD', token: 'abc' });
    expect(readCaseLink('#section&loket-case=LK-4F7Q-92KD&t=abc')).to.deep.equal({ reference: 'LK-4F7Q-92KD', token: 'abc' });
    expect(readCaseLink('#loket-case=LK-4F7Q-92KD')).to.equal(undefined);
    expect(readCaseLink('#loket-case=LK-0000-0000&t=abc')).to.equal(undefined);
    expect(readCaseLink('')).to.equal(undefined);
  });

  it('keeps one random browser id per site', () => {
    const id = browserId('demo');
    expect(id).to.match(/^[A-Za-z0-9_-]{16,64}$/);
    expect(browserId('demo')).to.equal(id);
    expect(browserId('other')).to.not.equal(id);
  });
});
