import type { Answers } from '@loket/sdk';

/**
 * What the report starts with when the page opens the window (`Loket.open({ prefill })`). The
 * customer sees it and may change it before sending.
 */
export type Prefill = {
  /** The problem in the customer's words, for the description step. */
  description?: string;
  /**
   * Answers to the topic's guided questions by question id, in the form a case holds them: text,
   * a choice's id, `yes`/`no`, a date as `YYYY-MM-DD`, a list of choice ids for several. Only
   * with `topic`; answers to questions the topic does not ask are never sent.
   * @example { since: '2026-11-20', 'modem-on': 'yes' }
   */
  answers?: Answers;
};

/** How the page opens the window: `Loket.open(options)`, or `show(options)` on the element. */
export type OpenOptions = {
  /**
   * A topic id of the site (a flow's `id`, e.g. `internet`): the window opens on that topic's
   * first question instead of the list of topics. An id the site does not have opens the list
   * and warns in the console which ids it has.
   */
  topic?: string;
  /** What the report starts with; see {@link Prefill}. */
  prefill?: Prefill;
};

/**
 * Who the customer is, as the host page knows them (`Loket.identify`): a logged-in customer need
 * not type their address, and with `signature` the support team knows the case belongs to that
 * account.
 */
export type Identity = {
  /** The customer's e-mail address; it fills the e-mail field for updates. */
  email?: string;
  /** The customer's name; it fills the name field. */
  name?: string;
  /**
   * HMAC-SHA256 (hex) of `email` exactly as given here, keyed with the site's `identitySecret`,
   * computed by the company's backend (never in the page: the secret must stay on the server). The
   * case's contact is then `verified`; without it, or when the customer changes the address, it is not.
   */
  signature?: string;
};
