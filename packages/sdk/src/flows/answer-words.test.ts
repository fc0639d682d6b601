import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { FlowSchema } from '../schemas/flow';
import { answerWords } from './answer-words';

const flow = v.parse(FlowSchema, {
  id: 'wifi',
  label: { nl: 'Wifi', en: 'Wi-Fi' },
  questions: [
    { id: 'band', kind: 'single', label: { nl: 'Band', en: 'Band' }, options: [
      { id: 'ghz5', label: { nl: '5 GHz', en: '5 GHz' } },
      { id: 'ghz24', label: { nl: '2,4 GHz', en: '2.4 GHz' } },
    ] },
    { id: 'when', kind: 'multiple', label: { nl: 'Wanneer', en: 'When' }, options: [
      { id: 'evening', label: { nl: "'s avonds", en: 'in the evening' } },
      { id: 'morning', label: { nl: "'s ochtends", en: 'in the morning' } },
    ] },
    { id: 'upstairs', kind: 'yesno', label: { nl: 'Boven?', en: 'Upstairs?' } },
    { id: 'device', kind: 'text', label: { nl: 'Apparaat', en: 'Device' }, when: { question: 'upstairs', equals: 'yes' } },
  ],
});

describe('answerWords', () => {
  it('says the chosen options in the customer language and keeps typed text', () => {
    expect(answerWords(flow, { band: 'ghz5', when: ['evening', 'morning'], upstairs: 'yes', device: 'laptop' }, 'en')).toBe('5 GHz in the evening in the morning laptop');
    expect(answerWords(flow, { band: 'ghz24' }, 'nl')).toBe('2,4 GHz');
  });

  it('leaves out answers to hidden questions and yes/no answers', () => {
    expect(answerWords(flow, { upstairs: 'no', device: 'laptop' }, 'en')).toBe('');
  });
});
