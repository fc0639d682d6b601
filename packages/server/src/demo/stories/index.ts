import { BILLING_STORIES, MOVING_STORIES } from './billing-moving';
import { INTERNET_STORIES } from './internet';
import { OTHER_STORIES } from './other';
import { SOFTWARE_STORIES } from './software';
import type { Story } from './story';
import { TV_STORIES } from './tv';
import { WIFI_STORIES } from './wifi';

export type { Story, Texts } from './story';
export { environmentFor, generalEnvironment, pickText } from './story';

/** Every story of the demo data. */
export const STORIES: readonly Story[] = [
  ...INTERNET_STORIES, ...WIFI_STORIES, ...SOFTWARE_STORIES, ...TV_STORIES, ...BILLING_STORIES, ...MOVING_STORIES, ...OTHER_STORIES,
];

/** Many reports of one story in a short time, e.g. an outage on one evening. */
export type Burst = {
  story: string;
  daysAgo: number;
  /** Local time the burst starts and ends, in minutes past midnight. */
  from: number;
  until: number;
  reports: number;
  /** Chance that support answers a case of the burst after the promised time. */
  lateReplies: number;
};

/**
 * An outage on an evening five weeks ago: many reports at once, and a support team that cannot
 * answer them all in time, so response times are breached.
 */
export const BURSTS: readonly Burst[] = [{ story: 'internet-outage', daysAgo: 38, from: 18 * 60 + 10, until: 21 * 60 + 30, reports: 35, lateReplies: 0.5 }];
