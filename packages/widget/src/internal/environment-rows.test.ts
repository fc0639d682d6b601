/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { translationFor } from '../translations/index';
import { describeEnvironment, withoutRemoved } from './environment-rows';

const environment = {
  os: { name: 'Windows', version: '11' },
  browser: { name: 'Chrome', version: '131' },
  device: { type: 'desktop' as const },
  language: 'nl-NL',
  page: 'https://zeewind.example/support',
  screen: { width: 1920, height: 1080 },
  online: true,
  context: { appVersion: '2.4.1', plan: 'Max' },
};

describe('describeEnvironment', () => {
  it('says every captured field in plain words in the customer language', () => {
    const rows = describeEnvironment(environment, translationFor('nl'), 'nl');
    expect(rows.map((row) => `${row.label}: ${row.value}`)).to.deep.equal([
      'Besturingssysteem: Windows 11',
      'Browser: Chrome 131',
      'Apparaat: Computer',
      'Taal: Nederlands (Nederland)',
      'Pagina: https://zeewind.example/support',
      'Scherm: 1920 × 1080',
      'Verbinding: Online',
      'appVersion: 2.4.1',
      'plan: Max',
    ]);
  });

  it('names the language in English for English customers', () => {
    const rows = describeEnvironment({ language: 'nl-NL' }, translationFor('en'), 'en');
    expect(rows).to.deep.equal([{ key: 'language', label: 'Language', value: 'Dutch (Netherlands)' }]);
  });
});

describe('withoutRemoved', () => {
  it('leaves out removed fields and single context values', () => {
    const kept = withoutRemoved(environment, new Set(['os', 'context.plan']));
    expect(kept).to.not.have.property('os');
    expect(kept.context).to.deep.equal({ appVersion: '2.4.1' });
    expect(kept.browser).to.deep.equal({ name: 'Chrome', version: '131' });
  });

  it('drops the context when every value in it was removed', () => {
    const kept = withoutRemoved(environment, new Set(['context.plan', 'context.appVersion']));
    expect(kept).to.not.have.property('context');
  });
});
