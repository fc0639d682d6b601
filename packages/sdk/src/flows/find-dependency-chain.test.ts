import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { FlowSchema } from '../schemas/flow';
import { findDependencyChain } from './find-dependency-chain';

const text = (en: string) => ({ nl: en, en });
const question = (id: string, when?: object) => ({ id, kind: 'yesno', label: text(id), ...(when ? { when } : {}) });

const flow = v.parse(FlowSchema, {
  id: 'wifi',
  label: text('Wi-Fi'),
  questions: [
    question('isp'),
    question('wifi-band', { question: 'isp', answered: true }),
    question('router-model', { all: [{ question: 'wifi-band', equals: 'yes' }, { question: 'isp', equals: 'no' }] }),
    question('loop', { question: 'loop', answered: true }),
  ],
});

describe('findDependencyChain', () => {
  it('follows conditions from a question to one it depends on, by the shortest way', () => {
    expect(findDependencyChain(flow, 'router-model', 'wifi-band')).toEqual(['router-model', 'wifi-band']);
    expect(findDependencyChain(flow, 'router-model', 'isp')).toEqual(['router-model', 'isp']);
    expect(findDependencyChain(flow, 'wifi-band', 'isp')).toEqual(['wifi-band', 'isp']);
  });

  it('finds no chain against the direction of the conditions', () => {
    expect(findDependencyChain(flow, 'isp', 'router-model')).toBeUndefined();
  });

  it('gives a question alone as the chain to itself', () => {
    expect(findDependencyChain(flow, 'isp', 'isp')).toEqual(['isp']);
  });

  it('ends on a question that depends on itself without looping forever', () => {
    expect(findDependencyChain(flow, 'loop', 'isp')).toBeUndefined();
  });
});
