import { describe, expect, it } from 'vitest';
import { environmentFit } from './environment-fit';

const windows7 = { os: { name: 'Windows', version: '7' } };
const olderWindows = { os: { name: 'Windows', version: '<10' } };

describe('environmentFit', () => {
  it('is neutral for an article without appliesTo', () => {
    expect(environmentFit(undefined, windows7)).toBe('neutral');
  });

  it('matches when the name and version fit, ignoring case', () => {
    expect(environmentFit(olderWindows, windows7)).toBe('match');
    expect(environmentFit({ os: { name: 'WINDOWS' } }, { os: { name: 'windows', version: '11' } })).toBe('match');
    expect(environmentFit({ browser: { name: 'Samsung Internet', version: '>=20' } }, { browser: { name: 'samsung internet', version: '25' } })).toBe('match');
  });

  it('contradicts when the version falls outside the rule', () => {
    expect(environmentFit(olderWindows, { os: { name: 'Windows', version: '11' } })).toBe('contradicts');
  });

  it('contradicts when the name differs', () => {
    expect(environmentFit(olderWindows, { os: { name: 'macOS', version: '9' } })).toBe('contradicts');
    expect(environmentFit({ device: 'mobile' }, { device: { type: 'desktop' } })).toBe('contradicts');
  });

  it('is neutral for a key whose field the customer removed', () => {
    expect(environmentFit(olderWindows, {})).toBe('neutral');
    expect(environmentFit(olderWindows, { browser: { name: 'Chrome', version: '131' } })).toBe('neutral');
    expect(environmentFit({ device: 'mobile' }, windows7)).toBe('neutral');
  });

  it('is neutral when the capture could not tell the name', () => {
    expect(environmentFit(olderWindows, { os: { name: 'Unknown' } })).toBe('neutral');
    expect(environmentFit({ browser: { name: 'Safari' } }, { browser: { name: 'Unknown' } })).toBe('neutral');
  });

  it('is neutral when the name fits but the environment has no version', () => {
    expect(environmentFit(olderWindows, { os: { name: 'Windows' } })).toBe('neutral');
    expect(environmentFit(olderWindows, { os: { name: 'Windows', version: '' } })).toBe('neutral');
  });

  it('matches a list when any one of its rules matches', () => {
    const appliesTo = { os: [{ name: 'macOS', version: '<=10.15' }, { name: 'Windows', version: '<10' }], device: ['desktop' as const, 'tablet' as const] };
    expect(environmentFit(appliesTo, windows7)).toBe('match');
    expect(environmentFit(appliesTo, { os: { name: 'macOS', version: '10.15.7' } })).toBe('match');
    expect(environmentFit(appliesTo, { os: { name: 'macOS', version: '14.2' } })).toBe('contradicts');
    expect(environmentFit(appliesTo, { device: { type: 'tablet' } })).toBe('match');
  });

  it('contradicts when one key contradicts, even if another matches', () => {
    const appliesTo = { os: { name: 'Windows', version: '<10' }, device: 'mobile' as const };
    expect(environmentFit(appliesTo, { ...windows7, device: { type: 'mobile' } })).toBe('match');
    expect(environmentFit(appliesTo, { ...windows7, device: { type: 'desktop' } })).toBe('contradicts');
  });

  it('matches when one key matches and the others cannot tell', () => {
    const appliesTo = { os: { name: 'Windows', version: '<10' }, browser: { name: 'Firefox', version: '<100' } };
    expect(environmentFit(appliesTo, { os: { name: 'Windows' }, browser: { name: 'Firefox', version: '52' } })).toBe('match');
  });

  it('never reads a browser version as a Windows name', () => {
    expect(environmentFit({ browser: { name: 'Edge', version: '<10' } }, { browser: { name: 'Edge', version: 'XP' } })).toBe('contradicts');
  });
});
