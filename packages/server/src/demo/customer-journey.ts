import type { Locale } from '@loket/sdk';
import { atLocalTime, localDay } from './demo-clock';
import { planOverdueSweep } from './overdue-sweeps';
import { playReport } from './play-report';
import type { ReportResult } from './play-report';
import type { Random } from './random';
import { randomTimeOfDay } from './report-schedule';
import type { PlannedReport } from './report-schedule';
import type { Customer, SeedContext, SeededCase } from './seed-context';
import { environmentFor } from './stories/index';
import type { Story } from './stories/index';
import { planAnswerToComeback, planFirstAnswer } from './support-team';

/** Share of customers who write in Dutch; the rest write in English. */
const DUTCH = 0.78;
/** Share of customers who leave an e-mail address for updates. */
const LEAVES_EMAIL = 0.45;
/** Chance that someone who came back comes back once more. */
const COMES_BACK_AGAIN = 0.45;
/** Chance that someone who left an e-mail address comes back from another device. */
const OTHER_DEVICE = 0.3;
/** Chance that a customer comes back about their case, when the story does not say. */
const COMES_BACK_DEFAULT = 0.04;

const FIRST_NAMES: Record<Locale, readonly string[]> = {
  nl: ['jan', 'sanne', 'pieter', 'fatima', 'daan', 'emma', 'mohamed', 'lotte', 'kees', 'anouk', 'ahmed', 'lisa', 'henk', 'noor', 'bram', 'ingrid', 'sem', 'yara'],
  en: ['james', 'olivia', 'tom', 'sophie', 'raj', 'emily', 'lukas', 'ana'],
};
const LAST_NAMES: Record<Locale, readonly string[]> = {
  nl: ['devries', 'jansen', 'bakker', 'visser', 'smit', 'meijer', 'mulder', 'bos', 'vos', 'peters', 'hendriks', 'dekker', 'elamrani', 'yilmaz'],
  en: ['smith', 'brown', 'wilson', 'taylor', 'kowalski', 'silva'],
};

function emailOf(random: Random, locale: Locale): string {
  return `${random.pick(FIRST_NAMES[locale])}.${random.pick(LAST_NAMES[locale])}${random.int(1, 999)}@example.com`;
}

/** A new customer for a story: their language, system, browser id and maybe an e-mail address. */
function newCustomer(random: Random, story: Story): Customer {
  const locale: Locale = random.chance(DUTCH) ? 'nl' : 'en';
  return {
    browser: random.id(22),
    ...(random.chance(LEAVES_EMAIL) ? { email: emailOf(random, locale) } : {}),
    locale,
    environment: environmentFor(random, story, locale),
  };
}

/** Plays a planned report of a new customer, and plans what follows from its case. */
export async function playPlannedReport(context: SeedContext, planned: PlannedReport): Promise<void> {
  const customer = newCustomer(context.random, planned.story);
  const result = await playReport(context, planned.story, customer, planned.at);
  followUp(context, planned.story, customer, result, planned.lateReplies);
}

/**
 * After a filing: a new case gets support's first answer and maybe a comeback later; a report
 * added to a case the demo filed (a repeat contact) gets support's answer to it.
 */
function followUp(context: SeedContext, story: Story, customer: Customer, result: ReportResult, lateReplies: number): void {
  if (result.kind !== 'filed') return;
  const { created, at } = result;
  const respondBy = created.respondBy ? new Date(created.respondBy) : null;
  planOverdueSweep(context, respondBy);
  const known = context.cases.get(created.reference);
  if (known) {
    known.status = created.status;
    known.tried.push(...result.tried);
    planAnswerToComeback(context, known, at, respondBy);
    if (known.comebacks < 2 && context.random.chance(COMES_BACK_AGAIN)) planComeback(context, known, at);
    return;
  }
  const seeded: SeededCase = { reference: created.reference, story, customer, answers: result.answers, status: created.status, tried: [...result.tried], lateReplies, comebacks: 0 };
  context.cases.set(created.reference, seeded);
  planFirstAnswer(context, seeded, at, respondBy);
  if (context.random.chance(story.comesBack ?? COMES_BACK_DEFAULT)) planComeback(context, seeded, at);
}

/** Plans the customer coming back about their case one to three days later, at a time people report at. */
function planComeback(context: SeedContext, seeded: SeededCase, from: Date): void {
  const { random, site } = context;
  const at = atLocalTime(localDay(from, -random.int(1, 3), site.timeZone), randomTimeOfDay(random), site.timeZone);
  context.queue.add(at, async () => {
    seeded.comebacks += 1;
    // Mostly from the same browser; now and then from another device, recognised by the e-mail address.
    const customer: Customer = seeded.customer.email && random.chance(OTHER_DEVICE)
      ? { ...seeded.customer, browser: random.id(22), environment: environmentFor(random, seeded.story, seeded.customer.locale) }
      : seeded.customer;
    const result = await playReport(context, seeded.story, customer, at, { comingBack: { answers: seeded.answers, tried: seeded.tried } });
    followUp(context, seeded.story, customer, result, seeded.lateReplies);
  });
}
