/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { attemptFor } from './case-attempt';
import { EMPTY_REPORT, loadDraft, saveDraft } from './draft-store';

afterEach(() => localStorage.clear());

const report = { ...EMPTY_REPORT, topic: 'wifi', description: 'Wifi valt weg', step: 'review' as const, id: 'report-12345678' };

describe('drafts and report ids', () => {
  it('keeps the report id with the draft, so a reload sends with the same one', () => {
    saveDraft('demo', report);
    expect(loadDraft('demo')?.id).to.equal('report-12345678');
  });

  it('drops a draft whose id the server would refuse, rather than fail every send', () => {
    saveDraft('demo', { ...report, id: 'not valid!' });
    expect(loadDraft('demo')).to.equal(undefined);
  });

  it('treats a draft from before report ids as the same report once it has one: same key, one case', () => {
    const input = () => ({ topic: 'wifi', description: 'Wifi valt weg' });
    const { id: _id, ...withoutId } = report;
    const first = attemptFor(withoutId, 'nl', undefined, input);
    const retried = attemptFor(report, 'nl', first, input);
    expect(retried.key).to.equal(first.key);
    const changed = attemptFor({ ...report, description: 'Wifi valt weg, ook overdag' }, 'nl', first, input);
    expect(changed.key).to.not.equal(first.key);
  });
});
