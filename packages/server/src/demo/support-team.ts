import { addBusinessMinutes } from '../rules/business-time';
import { addCustomerMessage, addSupportMessage, changeStatus } from '../store/case-updates';
import { readCaseRow } from '../store/case-row';
import { hoursAfter } from './demo-clock';
import { planOverdueSweep } from './overdue-sweeps';
import type { SeedContext, SeededCase } from './seed-context';
import { pickText } from './stories/index';
import type { Texts } from './stories/index';
import { AFTER_COMING_BACK, NO_ANSWER_CLOSED, QUESTIONS } from './support-texts';

/** Chance that support first asks the customer something instead of answering. */
const ASKS_FIRST = 0.3;
/** Chance that a customer answers support's question. */
const ANSWERS_QUESTION = 0.8;
/** Chance that support closes a solved case a week later. */
const CLOSES_SOLVED = 0.4;
/** Chance that a case takes long, e.g. waiting for a technician or a part, and the business hours it then takes. */
const TAKES_LONG = 0.2;
const LONG_HOURS: readonly [number, number] = [40, 160];
/** Business minutes a case waits for the customer's answer before support closes it: five working days. */
const WAITS_FOR_ANSWER = 5 * 9 * 60;

/**
 * When support answers: before the promised time, at a moment in business hours, or, for a case
 * they are late with (as often as the case's `lateReplies`, or one that was overdue already), some
 * business time after it; the overdue sweeper escalates it meanwhile.
 */
export function supportAnswerTime(context: SeedContext, seeded: SeededCase, from: Date, respondBy: Date | null): Date {
  const { random, site } = context;
  const late = random.chance(seeded.lateReplies);
  const deadline = respondBy ?? addBusinessMinutes(from, 240, site);
  if (late || deadline.getTime() <= from.getTime()) return addBusinessMinutes(new Date(Math.max(from.getTime(), deadline.getTime())), random.int(20, 360), site);
  const moment = new Date(from.getTime() + random.between(0.05, 0.8) * Math.max(0, deadline.getTime() - from.getTime()));
  const answer = addBusinessMinutes(moment, random.int(2, 25), site);
  if (answer.getTime() < deadline.getTime()) return answer;
  return new Date(Math.max(from.getTime(), deadline.getTime() - random.between(1, 15) * 60_000));
}

/** Plans support's first answer to a new case. */
export function planFirstAnswer(context: SeedContext, seeded: SeededCase, filedAt: Date, respondBy: Date | null): void {
  const at = supportAnswerTime(context, seeded, filedAt, respondBy);
  context.queue.add(at, () => answerFirst(context, seeded, at));
}

/** Plans support's answer to a customer who came back about their case. */
export function planAnswerToComeback(context: SeedContext, seeded: SeededCase, at: Date, respondBy: Date | null): void {
  const answerAt = supportAnswerTime(context, seeded, at, respondBy);
  context.queue.add(answerAt, async () => {
    if (isFinished(seeded)) return;
    await sendSupportMessage(context, seeded, AFTER_COMING_BACK, answerAt, { question: false });
    planSolution(context, seeded, answerAt);
  });
}

async function answerFirst(context: SeedContext, seeded: SeededCase, at: Date): Promise<void> {
  const { random, queue, site } = context;
  if (isFinished(seeded) || seeded.status === 'waiting_for_customer') return;
  if (!random.chance(ASKS_FIRST)) {
    await sendSupportMessage(context, seeded, seeded.story.reply, at, { question: false });
    planSolution(context, seeded, at);
    return;
  }
  await sendSupportMessage(context, seeded, QUESTIONS[seeded.story.topic]!.question, at, { question: true });
  if (random.chance(ANSWERS_QUESTION)) {
    const answerAt = hoursAfter(at, random.between(1, 48));
    queue.add(answerAt, () => customerAnswers(context, seeded, answerAt));
  } else {
    const closeAt = addBusinessMinutes(at, WAITS_FOR_ANSWER, site);
    queue.add(closeAt, async () => {
      if (seeded.status === 'waiting_for_customer') await sendSupportMessage(context, seeded, NO_ANSWER_CLOSED, closeAt, { question: false, status: 'closed' });
    });
  }
}

async function customerAnswers(context: SeedContext, seeded: SeededCase, at: Date): Promise<void> {
  const { db, site, random, queue } = context;
  if (seeded.status !== 'waiting_for_customer') return;
  const row = await readCaseRow(db, seeded.reference, site.key);
  if (!row) throw new Error(`Demo case ${seeded.reference} disappeared.`);
  const result = await addCustomerMessage(db, site, row.id, pickText(random, QUESTIONS[seeded.story.topic]!.answer, seeded.customer.locale), { now: at });
  if (result.kind !== 'added') throw new Error(`Adding the customer's answer to demo case ${seeded.reference} came to '${result.kind}'.`);
  context.counts.messages += 1;
  seeded.status = result.row.status;
  const respondBy = result.row.respond_by === null ? null : new Date(result.row.respond_by);
  planOverdueSweep(context, respondBy);
  const solveAt = supportAnswerTime(context, seeded, at, respondBy);
  queue.add(solveAt, () => solve(context, seeded, solveAt));
}

/** Plans the message with the solution, the story's business hours after `from`. */
function planSolution(context: SeedContext, seeded: SeededCase, from: Date): void {
  const [min, max] = context.random.chance(TAKES_LONG) ? LONG_HOURS : seeded.story.solveHours ?? [4, 24];
  const at = addBusinessMinutes(from, context.random.between(min, max) * 60, context.site);
  context.queue.add(at, () => solve(context, seeded, at));
}

async function solve(context: SeedContext, seeded: SeededCase, at: Date): Promise<void> {
  const { random, queue, db, site } = context;
  if (isFinished(seeded) || seeded.status === 'waiting_for_customer') return;
  await sendSupportMessage(context, seeded, seeded.story.solution, at, { question: false, status: 'solved' });
  if (!random.chance(CLOSES_SOLVED)) return;
  const closeAt = hoursAfter(at, 24 * 7 + random.between(0, 48));
  queue.add(closeAt, async () => {
    if (seeded.status !== 'solved') return;
    const after = await changeStatus(db, site, seeded.reference, 'closed', closeAt);
    if (after) seeded.status = after.status;
  });
}

async function sendSupportMessage(context: SeedContext, seeded: SeededCase, texts: Texts, at: Date, input: { question: boolean; status?: 'solved' | 'closed' }): Promise<void> {
  const { db, site, random } = context;
  const text = pickText(random, texts, seeded.customer.locale);
  const after = await addSupportMessage(db, site, seeded.reference, { text, ...input }, at);
  if (!after) throw new Error(`Demo case ${seeded.reference} disappeared.`);
  context.counts.messages += 1;
  seeded.status = after.status;
}

function isFinished(seeded: SeededCase): boolean {
  return seeded.status === 'solved' || seeded.status === 'closed';
}
