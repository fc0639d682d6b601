import { addVectors, cosine, normalize } from './term-vectors';
import type { TermVector } from './term-vectors';

/** Least cosine similarity between a report and a group's centroid for the report to join the group. */
export const CLUSTER_SIMILARITY = 0.3;

/** A group of similar documents. */
export type Cluster = {
  /** Indexes of the documents in the group, in the order they were given. */
  members: number[];
  /** The sum of the members' vectors: how strongly each term marks the group. */
  weights: TermVector;
  /** `weights` scaled to length 1. */
  centroid: TermVector;
};

/**
 * Groups documents by single-pass leader clustering: in the order given, each document joins the
 * group whose centroid it is most similar to (cosine, earliest group on a tie) when that
 * similarity is at least `threshold`, and otherwise starts a group of its own. Documents without
 * terms form one group together. The same input always gives the same groups.
 *
 * @param vectors - Vectors of length 1, e.g. from `tfIdfVectors`, oldest report first.
 * @example
 * clusterVectors(tfIdfVectors(documents)).map((cluster) => cluster.members); // [[0, 2], [1]]
 */
export function clusterVectors(vectors: readonly TermVector[], threshold = CLUSTER_SIMILARITY): Cluster[] {
  const clusters: Cluster[] = [];
  let wordless: Cluster | undefined;
  vectors.forEach((vector, index) => {
    if (vector.size === 0) {
      if (!wordless) clusters.push((wordless = { members: [], weights: new Map(), centroid: new Map() }));
      wordless.members.push(index);
      return;
    }
    let best: Cluster | undefined;
    let bestSimilarity = -1;
    for (const cluster of clusters) {
      if (cluster === wordless) continue;
      const similarity = cosine(vector, cluster.centroid);
      if (similarity > bestSimilarity) [best, bestSimilarity] = [cluster, similarity];
    }
    if (best && bestSimilarity >= threshold) {
      best.members.push(index);
      best.weights = addVectors([best.weights, vector]);
      best.centroid = normalize(best.weights);
    } else {
      clusters.push({ members: [index], weights: new Map(vector), centroid: vector });
    }
  });
  return clusters;
}
