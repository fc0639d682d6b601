import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER, formatInboxFilter, hasInvalidOsVersion, isValidOsVersion, parseInboxFilter } from './inbox-filter';

describe('isValidOsVersion', () => {
  it('takes what the API takes: a letter or digit, then letters, digits, dots, hyphens and underscores', () => {
    expect(['10', '10.15', ' 17.2 ', 'Vista', '22H2', '1_0-b'].map(isValidOsVersion)).toEqual([true, true, true, true, true, true]);
    expect(['10 Pro', '.10', '-1', '', '1/2', `1${'0'.repeat(50)}`].map(isValidOsVersion)).toEqual([false, false, false, false, false, false]);
  });
});

describe('hasInvalidOsVersion', () => {
  it('checks a version only with a system, where it goes into the query', () => {
    expect(hasInvalidOsVersion({ ...EMPTY_FILTER, os: 'Windows', osVersion: '10 Pro' })).toBe(true);
    expect(hasInvalidOsVersion({ ...EMPTY_FILTER, os: 'Windows', osVersion: '10' })).toBe(false);
    expect(hasInvalidOsVersion({ ...EMPTY_FILTER, os: 'Windows', osVersion: ' ' })).toBe(false);
    expect(hasInvalidOsVersion({ ...EMPTY_FILTER, os: '', osVersion: '10 Pro' })).toBe(false);
  });
});

describe('parseInboxFilter', () => {
  it('leaves out a version the API would refuse, so a shared or edited link still opens the inbox', () => {
    expect(parseInboxFilter('?os=Windows&osVersion=10%20Pro')).toEqual({ ...EMPTY_FILTER, os: 'Windows' });
    expect(parseInboxFilter(`?os=Windows&osVersion=${'1'.repeat(60)}`).osVersion).toBe('');
    expect(parseInboxFilter('?os=Windows&osVersion=10.15').osVersion).toBe('10.15');
  });

  it('reads back what formatInboxFilter wrote', () => {
    const filter = { ...EMPTY_FILTER, status: ['new' as const, 'in_progress' as const], topic: 'internet', os: 'macOS', osVersion: '14', level: 2 as const };
    expect(parseInboxFilter(formatInboxFilter(filter))).toEqual(filter);
  });
});
