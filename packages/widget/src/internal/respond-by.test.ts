/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { translationFor } from '../translations/index';
import { describeRespondBy, respondByText } from './respond-by';

// Local times, so the test holds in any time zone: Monday 23 November 2026, 09:30.
const NOW = new Date(2026, 10, 23, 9, 30);
const at = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes).toISOString();

describe('the expected response time', () => {
  it('says today, tomorrow, a weekday within the week, and a date further on, in both languages', () => {
    const nl = translationFor('nl');
    const en = translationFor('en');
    expect(respondByText(nl, 'nl', at(23, 16), NOW)).to.equal('We reageren vandaag uiterlijk om 16:00');
    expect(respondByText(en, 'en', at(23, 16), NOW)).to.equal('We respond today by 16:00');
    expect(respondByText(nl, 'nl', at(24, 10), NOW)).to.equal('We reageren uiterlijk morgen 10:00');
    expect(respondByText(en, 'en', at(24, 10), NOW)).to.equal('We respond by tomorrow 10:00');
    expect(respondByText(nl, 'nl', at(26, 9, 5), NOW)).to.equal('We reageren uiterlijk donderdag 09:05');
    expect(respondByText(en, 'en', at(26, 9, 5), NOW)).to.equal('We respond by Thursday 09:05');
    expect(respondByText(en, 'en', at(2 + 30, 10), NOW)).to.equal('We respond by Wednesday 2 December 10:00');
  });

  it('says nothing for no time, a time that has passed, or one that cannot be read', () => {
    const en = translationFor('en');
    expect(respondByText(en, 'en', null, NOW)).to.equal(undefined);
    expect(respondByText(en, 'en', at(23, 9), NOW)).to.equal(undefined);
    expect(respondByText(en, 'en', 'next week', NOW)).to.equal(undefined);
    expect(describeRespondBy('not a time', 'en', NOW)).to.equal(undefined);
  });

  it('counts calendar days, so late tonight is today and early tomorrow is tomorrow', () => {
    const late = new Date(2026, 10, 23, 23, 50);
    expect(describeRespondBy(at(24, 0, 10), 'en', late)).to.deep.equal({ relative: 'tomorrow', day: 'Tuesday', time: '00:10' });
  });
});
