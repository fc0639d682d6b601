import { describe, expect, it } from 'vitest';
import { compareVersions, matchesVersionRule } from './version-rule';

describe('compareVersions', () => {
  it('compares dotted versions as numbers, part by part', () => {
    expect(compareVersions('10.15.7', '11')).toBe(-1);
    expect(compareVersions('9', '10')).toBe(-1);
    expect(compareVersions('17.4.1', '17.4')).toBe(1);
    expect(compareVersions('131.0.6778', '131.0.6778')).toBe(0);
  });

  it('counts a missing part as 0, so 11 equals 11.0', () => {
    expect(compareVersions('11', '11.0')).toBe(0);
    expect(compareVersions('11.0.0', '11')).toBe(0);
  });

  it('reads XP as 5.1 and Vista as 6.0 on Windows', () => {
    expect(compareVersions('XP', '5.1', 'Windows')).toBe(0);
    expect(compareVersions('vista', '6', 'windows')).toBe(0);
    expect(compareVersions('XP', 'Vista')).toBe(-1);
    expect(['11', 'XP', '8.1', 'Vista', '7'].sort((a, b) => compareVersions(a, b, 'Windows'))).toEqual(['XP', 'Vista', '7', '8.1', '11']);
  });

  it('does not read XP as a number for another operating system', () => {
    expect(compareVersions('XP', '5.1', 'macOS')).not.toBe(0);
  });

  it('sorts versions that are not numbers after numbers, by their text', () => {
    expect(compareVersions('beta', '99')).toBe(1);
    expect(compareVersions('Beta', 'beta')).toBe(0);
    expect(compareVersions('alpha', 'beta')).toBe(-1);
  });
});

describe('matchesVersionRule', () => {
  it('holds <10 on Windows for 7, 8.1, XP and Vista but not for 10 or 11', () => {
    for (const version of ['7', '8.1', 'XP', 'Vista', '6.1']) expect(matchesVersionRule('<10', version, 'Windows'), version).toBe(true);
    for (const version of ['10', '11', '10.0.19045']) expect(matchesVersionRule('<10', version, 'Windows'), version).toBe(false);
  });

  it('reads Windows names in the rule too', () => {
    expect(matchesVersionRule('<=Vista', 'XP', 'Windows')).toBe(true);
    expect(matchesVersionRule('>XP', '7', 'Windows')).toBe(true);
    expect(matchesVersionRule('XP', '5.1', 'Windows')).toBe(true);
  });

  it('never reads XP or Vista as numbers for other systems', () => {
    expect(matchesVersionRule('<10', 'XP', 'macOS')).toBe(false);
    expect(matchesVersionRule('=xp', 'XP', 'macOS')).toBe(true);
  });

  it('treats a bare version as =, at the precision of the rule', () => {
    expect(matchesVersionRule('10', '10')).toBe(true);
    expect(matchesVersionRule('=17', '17.4')).toBe(true);
    expect(matchesVersionRule('10.15', '10.15.7')).toBe(true);
    expect(matchesVersionRule('=8.1', '8')).toBe(false);
    expect(matchesVersionRule('10', '11')).toBe(false);
  });

  it('holds <, <=, > and >= at the precision of the rule, so each is the opposite of another', () => {
    expect(matchesVersionRule('<10', '10.15.7')).toBe(false);
    expect(matchesVersionRule('>=10', '10.15.7')).toBe(true);
    expect(matchesVersionRule('<=10', '10.15.7')).toBe(true);
    expect(matchesVersionRule('>10', '10.15.7')).toBe(false);
    expect(matchesVersionRule('>11', '12')).toBe(true);
    expect(matchesVersionRule('>=11', '11')).toBe(true);
    expect(matchesVersionRule('>=11', '10.15')).toBe(false);
    expect(matchesVersionRule('< 10', '9.9')).toBe(true);
  });

  it('holds a range from its first to its last version, both included', () => {
    for (const version of ['7', '8', '8.1', '8.1.7600']) expect(matchesVersionRule('7 - 8.1', version, 'Windows'), version).toBe(true);
    for (const version of ['Vista', '6.9', '8.2', '10']) expect(matchesVersionRule('7 - 8.1', version, 'Windows'), version).toBe(false);
    expect(matchesVersionRule('XP - 7', 'Vista', 'Windows')).toBe(true);
  });

  it('compares versions that are not numbers as text for = only', () => {
    expect(matchesVersionRule('=Beta', 'beta')).toBe(true);
    expect(matchesVersionRule('beta', 'nightly')).toBe(false);
    expect(matchesVersionRule('<beta', 'alpha')).toBe(false);
    expect(matchesVersionRule('<10', 'beta')).toBe(false);
    expect(matchesVersionRule('>1', 'beta')).toBe(false);
    expect(matchesVersionRule('1 - 9', 'beta')).toBe(false);
    expect(matchesVersionRule('=beta', '7')).toBe(false);
  });

  it('holds for nothing when the rule cannot be read', () => {
    expect(matchesVersionRule('~10', '10')).toBe(false);
    expect(matchesVersionRule('', '10')).toBe(false);
  });
});
