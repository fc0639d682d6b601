import { describe, expect, it } from 'vitest';
import { listComparisons } from './list-comparisons';

describe('listComparisons', () => {
  it('gives a lone comparison the path of the condition', () => {
    expect(listComparisons({ question: 'modem-on', equals: 'yes' }, 'questions.1.when')).toEqual([
      { comparison: { question: 'modem-on', equals: 'yes' }, path: 'questions.1.when' },
    ]);
  });

  it('finds comparisons nested in all, any and not, in written order, with their paths', () => {
    const condition = {
      all: [
        { question: 'a', answered: true },
        { any: [{ question: 'b', equals: 'x' }, { not: { question: 'c', includes: 'y' } }] },
      ],
    };
    expect(listComparisons(condition, 'questions.4.when').map(({ comparison, path }) => [comparison.question, path])).toEqual([
      ['a', 'questions.4.when.all.0'],
      ['b', 'questions.4.when.all.1.any.0'],
      ['c', 'questions.4.when.all.1.any.1.not'],
    ]);
  });
});
