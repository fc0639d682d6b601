import { describe, expect, it } from 'vitest';
import { clusterVectors } from './cluster-reports';
import { cosine, tfIdfVectors } from './term-vectors';

const groups = (documents: string[][], threshold?: number) => clusterVectors(tfIdfVectors(documents), threshold).map((cluster) => cluster.members);

describe('clusterVectors', () => {
  it('groups documents that share telling terms and keeps others apart', () => {
    expect(groups([
      ['modem', 'oranj', 'onweer'],
      ['printer', 'inkt'],
      ['onweer', 'modem', 'knipper', 'oranj'],
      ['factur', 'hog'],
      ['factur', 'hog', 'maand'],
    ])).toEqual([[0, 2], [1], [3, 4]]);
  });

  it('puts the documents without any terms together', () => {
    expect(groups([[], ['modem'], [], ['modem']])).toEqual([[0, 2], [1, 3]]);
  });

  it('gives the same groups for the same input, and none merged below the threshold', () => {
    const documents = [['a1', 'b1'], ['a1', 'c1'], ['a1', 'b1', 'c1']];
    expect(groups(documents)).toEqual(groups(documents));
    expect(groups(documents, 0.99)).toEqual([[0], [1], [2]]);
  });
});

describe('tfIdfVectors', () => {
  it('scales every vector to length 1, and weighs rare terms more than shared ones', () => {
    const [first, second] = tfIdfVectors([['modem', 'onweer'], ['modem', 'printer']]);
    expect(cosine(first!, first!)).toBeCloseTo(1);
    expect(first!.get('onweer')!).toBeGreaterThan(first!.get('modem')!);
    expect(cosine(first!, second!)).toBeGreaterThan(0);
  });
});
