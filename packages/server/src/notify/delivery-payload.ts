import type { CaseEvent, CaseEventType, CasePriority, CaseStatus, Locale, SupportLevel } from '@loket/sdk';

/** Ways a case event reaches someone outside Loket. */
export const DELIVERY_CHANNELS = ['webhook', 'email'] as const;

/** A way a case event reaches someone: a signed webhook or an e-mail to the customer. */
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * The JSON body of a webhook request. `case` is the case as it stood when the event was queued
 * for delivery (moments after it happened), so every retry sends the same body.
 */
export type WebhookPayload = {
  /** The event's id: the same on every retry, so a receiver can ignore one it already has. */
  id: string;
  type: CaseEventType;
  /** The site's key, e.g. `demo`. */
  site: string;
  /** ISO 8601 time of the event. */
  createdAt: string;
  case: { reference: string; status: CaseStatus; priority: CasePriority; level: SupportLevel; topic: string };
  /** The timeline event, exactly as the customer and the admin API see it. */
  event: CaseEvent;
};

/** What an e-mail to the customer is made of: a support message, a status change, or both. */
export type EmailPayload = {
  reference: string;
  /** The language the case was filed in. */
  locale: Locale;
  /** A reply or question from support. */
  message?: { text: string; question: boolean };
  /** A new status, alone or together with the message that came with it. */
  status?: { from: CaseStatus; to: CaseStatus };
};
