import type { Flow } from '../schemas/flow';
import { listComparisons } from './list-comparisons';

function dependencies(flow: Flow): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const question of flow.questions) {
    const targets = graph.get(question.id) ?? new Set<string>();
    if (question.when !== undefined) {
      for (const { comparison } of listComparisons(question.when, '')) targets.add(comparison.question);
    }
    graph.set(question.id, targets);
  }
  return graph;
}

/**
 * Finds the shortest chain of conditions by which one question depends on another: each id in
 * the chain has a condition on the next.
 *
 * @param flow - The flow whose conditions to follow.
 * @param from - The question to start at.
 * @param to - The question to reach.
 * @returns The ids from `from` to `to`, both included (`[from]` when they are the same), or
 *   `undefined` when `from` does not depend on `to`.
 * @example
 * // 'router-model' has a condition on 'wifi-band', which has a condition on 'isp'
 * findDependencyChain(flow, 'router-model', 'isp'); // ['router-model', 'wifi-band', 'isp']
 */
export function findDependencyChain(flow: Flow, from: string, to: string): string[] | undefined {
  const graph = dependencies(flow);
  const previous = new Map<string, string>([[from, from]]);
  const queue = [from];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    if (id === to) {
      const chain = [id];
      for (let step = id; step !== from; ) {
        step = previous.get(step) ?? from;
        chain.unshift(step);
      }
      return chain;
    }
    for (const next of graph.get(id) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, id);
      queue.push(next);
    }
  }
  return undefined;
}
