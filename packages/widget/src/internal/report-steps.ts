import { visibleQuestions } from '@loket/sdk';
import type { Answers, Flow } from '@loket/sdk';

/**
 * A step of a report: `topic`, `question:<id>` for each visible guided question, `confirm` when
 * the flow asks to check detected details, `suggest` (articles that fit the answers), `describe`,
 * `review`; then `done` after filing, or `solved` when an article solved the problem.
 */
export type StepKey = 'topic' | `question:${string}` | 'confirm' | 'suggest' | 'describe' | 'review' | 'done' | 'solved';

/** The steps a customer walks through for this topic and these answers, in order (without `done` and `solved`). */
export function reportSteps(flow: Flow | undefined, answers: Answers): StepKey[] {
  if (!flow) return ['topic'];
  return [
    'topic',
    ...visibleQuestions(flow, answers).map((question): StepKey => `question:${question.id}`),
    ...(flow.environment.confirm.length > 0 ? (['confirm'] as const) : []),
    'suggest',
    'describe',
    'review',
  ];
}

/** The question id of a question step, else `undefined`. */
export function questionIdOf(step: StepKey): string | undefined {
  return step.startsWith('question:') ? step.slice('question:'.length) : undefined;
}

/**
 * The step after or before `current`. A step that is no longer in the sequence (an answer hid
 * it) counts from the topic step, so the customer never lands on a hidden question.
 */
export function neighbourStep(steps: StepKey[], current: StepKey, direction: 1 | -1): StepKey {
  const index = Math.max(0, steps.indexOf(current));
  return steps[Math.min(steps.length - 1, Math.max(0, index + direction))]!;
}
