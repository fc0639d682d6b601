import { describe, expect, it } from 'vitest';
import { readPeriod, withPeriod } from './period';

describe('readPeriod', () => {
  it('reads a known period from the query and falls back to 30 days otherwise', () => {
    expect(readPeriod('?since=90d')).toBe('90d');
    expect(readPeriod('?since=all&x=1')).toBe('all');
    expect(readPeriod('?since=12d')).toBe('30d');
    expect(readPeriod('')).toBe('30d');
  });
});

describe('withPeriod', () => {
  it('sets the period in the address and keeps other parameters and the hash', () => {
    expect(withPeriod('http://localhost/console/report?x=1#list', '7d')).toBe('/console/report?x=1&since=7d#list');
    expect(withPeriod('http://localhost/console/report?since=7d', 'all')).toBe('/console/report?since=all');
  });
});
