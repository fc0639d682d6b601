import type { CaseEventType } from '@loket/sdk';
import type { Site } from '../sites/site-schema';

/** Event types an e-mail can come from: support's messages and status changes (see `fan-out.ts`). */
export const EMAILED_EVENT_TYPES: readonly CaseEventType[] = ['message', 'status'];

/**
 * Tells whether anyone outside Loket may hear of an event of this type on this site: a webhook
 * that takes it, or the site's e-mail for the types e-mails come from. An event that nobody may
 * hear of is written as fanned out already, so the delivery worker never reads or rewrites it.
 * A receiver added to `site.yaml` later gets the events written from then on, as it would once
 * the worker had passed them (within a second), which it always did.
 *
 * @example
 * hasReceiverFor(site, 'created'); // false for a site without webhooks
 */
export function hasReceiverFor(site: Pick<Site, 'webhooks' | 'email'>, type: CaseEventType): boolean {
  if (site.email && EMAILED_EVENT_TYPES.includes(type)) return true;
  return site.webhooks.some((webhook) => webhookTakes(webhook, type));
}

/** Tells whether a webhook takes events of this type: all types unless it names its `events`. */
export function webhookTakes(webhook: Site['webhooks'][number], type: CaseEventType): boolean {
  return !webhook.events || webhook.events.includes(type);
}

/**
 * Tells whether a site has anyone to tell about anything: a webhook or e-mail. A change on a site
 * without either gives the delivery worker nothing to do, as its events are written fanned out.
 */
export function siteHasReceivers(site: Pick<Site, 'webhooks' | 'email'>): boolean {
  return site.webhooks.length > 0 || site.email !== undefined;
}
