import { describe, expect, it } from 'vitest';
import { readAnswer } from './read-answer';

describe('readAnswer', () => {
  it('reads a text or list answer', () => {
    expect(readAnswer({ 'modem-on': 'yes', devices: ['tv'] }, 'modem-on')).toBe('yes');
    expect(readAnswer({ 'modem-on': 'yes', devices: ['tv'] }, 'devices')).toEqual(['tv']);
  });

  it('counts a missing answer, an empty string and an empty list as no answer', () => {
    expect(readAnswer({ notes: '', devices: [] }, 'notes')).toBeUndefined();
    expect(readAnswer({ notes: '', devices: [] }, 'devices')).toBeUndefined();
    expect(readAnswer({ notes: '', devices: [] }, 'since')).toBeUndefined();
  });

  it('never reads a property inherited from Object.prototype', () => {
    expect(readAnswer({}, 'constructor')).toBeUndefined();
    expect(readAnswer({}, 'tostring')).toBeUndefined();
    expect(readAnswer({ constructor: 'yes' }, 'constructor')).toBe('yes');
  });
});
