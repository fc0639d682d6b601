/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { captureEnvironment } from './capture-environment';

describe('captureEnvironment in a browser', () => {
  it('reads the time zone through Temporal, without starting up Intl date formatting (one long task in a fresh page)', async () => {
    const expected = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const { DateTimeFormat } = Intl;
    let constructed = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
      constructed += 1;
      return new DateTimeFormat(...args);
    } as typeof DateTimeFormat;
    try {
      const environment = await captureEnvironment();
      expect(environment.timeZone).to.equal(expected);
      expect(constructed, 'captureEnvironment made an Intl.DateTimeFormat').to.equal(0);
    } finally {
      Intl.DateTimeFormat = DateTimeFormat;
    }
  });
});
