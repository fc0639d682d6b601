import type { Answers, Flow } from '@loket/sdk';
import type { Report } from './draft-store';
import type { OpenOptions } from './open-options';

/** What {@link startReport} reads and does in the widget. */
export type StartReportSource = {
  topics: readonly Flow[];
  report: Report;
  change(patch: Partial<Report>): void;
  /** Throws away a report that was filed or solved, for a new one. */
  startOver(): void;
  /** Goes on with a topic, with answers over the report's own. */
  chooseTopic(id: string, answers: Answers): void;
  /** Shows the list of topics. */
  showTopics(): void;
};

/** Whether a value from the page's script is an answer a report can hold: text, or a list of texts. */
const isAnswer = (answer: unknown) => typeof answer === 'string' || (Array.isArray(answer) && answer.every((item) => typeof item === 'string'));

/**
 * Starts the report the page asked for with `Loket.open({ topic, prefill })`: a new one if the
 * last was filed or solved, with the description and answers given (only what a report can hold:
 * the page's script may pass anything), on the topic's first question. A topic the site does not
 * have shows the list of topics and says in the console which ones it has.
 */
export function startReport(source: StartReportSource, { topic, prefill = {} }: OpenOptions): void {
  if (source.report.step === 'done' || source.report.step === 'solved') source.startOver();
  if (typeof prefill.description === 'string') source.change({ description: prefill.description });
  if (topic === undefined) return;
  if (source.topics.some((flow) => flow.id === topic)) {
    source.chooseTopic(topic, Object.fromEntries(Object.entries(prefill.answers ?? {}).filter(([, answer]) => isAnswer(answer))));
  } else {
    console.warn(`[loket] No topic "${topic}" on this site. Topics: ${source.topics.map((flow) => flow.id).join(', ')}.`);
    source.showTopics();
  }
}
