/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { isRecord, readJson, readStored, removeStored, writeJson, writeStored } from './storage';

afterEach(() => localStorage.clear());

describe('storage shared with the host page', () => {
  it('reads, writes and forgets values, and reads only JSON as JSON', () => {
    expect(readStored('loket:test')).to.equal(null);
    expect(readJson('loket:test')).to.equal(undefined);
    expect(writeStored('loket:test', 'een')).to.equal(true);
    expect(readStored('loket:test')).to.equal('een');
    expect(readJson('loket:test')).to.equal(undefined);
    expect(writeJson('loket:test', { version: 1, cases: [] })).to.equal(true);
    expect(readJson('loket:test')).to.deep.equal({ version: 1, cases: [] });
    removeStored('loket:test');
    expect(localStorage.getItem('loket:test')).to.equal(null);
  });

  it('never throws when storage is refused or full, and says the value was not kept', () => {
    localStorage.setItem('loket:test', '{"kept":true}');
    const { getItem, setItem, removeItem } = Storage.prototype;
    const refuse = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    Object.assign(Storage.prototype, { getItem: refuse, setItem: refuse, removeItem: refuse });
    try {
      expect(readStored('loket:test')).to.equal(null);
      expect(readJson('loket:test')).to.equal(undefined);
      expect(writeStored('loket:test', 'x')).to.equal(false);
      expect(writeJson('loket:test', { a: 1 })).to.equal(false);
      removeStored('loket:test');
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem });
    }
    expect(localStorage.getItem('loket:test')).to.equal('{"kept":true}');
    expect(writeJson('loket:test', { big: 1n })).to.equal(false);
  });

  it('tells a plain object from null, arrays and other values', () => {
    expect(isRecord({ version: 1 })).to.equal(true);
    expect([null, [], 'x', 1, undefined].map(isRecord)).to.deep.equal([false, false, false, false, false]);
  });
});
