import type { Answers, CaseStatus, Environment, Locale } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import type { EventQueue } from './event-queue';
import type { Random } from './random';
import type { Story } from './stories/index';

/** A customer of the demo: how the widget recognises them and the system they report from. */
export type Customer = {
  /** The widget's id of their browser. */
  browser: string;
  email?: string;
  locale: Locale;
  environment: Environment;
};

/** A case the demo filed, as far as the simulation needs to follow it. */
export type SeededCase = {
  reference: string;
  story: Story;
  customer: Customer;
  /** The customer's answers to the topic's questions; they give the same ones when they come back. */
  answers: Answers;
  /** The status after the last change the simulation made. */
  status: CaseStatus;
  /** Articles the customer tried, over all their reports on the case. */
  tried: string[];
  /** Chance that support answers after the promised time. */
  lateReplies: number;
  /** How often the customer came back about it. */
  comebacks: number;
};

/** What the simulation counts while it runs. */
export type SeedCounts = {
  reports: number;
  solvedBySelfHelp: number;
  abandoned: number;
  attempts: number;
  messages: number;
};

/** Everything the parts of the simulation share. */
export type SeedContext = {
  /** The database, inside the seed's transaction. */
  db: Database;
  site: Site;
  random: Random;
  /** What happens next, in time order. */
  queue: EventQueue;
  counts: SeedCounts;
  /** The cases filed, by reference. */
  cases: Map<string, SeededCase>;
  /** Times the overdue sweeper is planned to run at (milliseconds), so each is planned once. */
  sweeps: Set<number>;
};
