import { NAME_MAX_LENGTH } from '@loket/sdk';
import type { Report } from './draft-store';
import type { Identity } from './open-options';

/** Text from the host page's script, trimmed; anything else is nothing. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The customer's e-mail address and name as the report shows and sends them: what the customer
 * typed (also an emptied field), else what the host page identified them with (`Loket.identify`).
 * `signature` is the page's signature of the address, when the address is the one it signed: a
 * changed address goes unsigned, and so unverified.
 *
 * @example
 * contactFields({ ...report, email: undefined }, { email: 'jan@example.com', signature: 'ab12…' });
 * // → { email: 'jan@example.com', name: '', signature: 'ab12…' }
 */
export function contactFields(report: Report, identity: Identity): { email: string; name: string; signature?: string } {
  const email = (report.email ?? textOf(identity.email)).trim();
  const name = (report.name ?? textOf(identity.name).slice(0, NAME_MAX_LENGTH)).trim();
  const signature = textOf(identity.signature);
  return { email, name, ...(email && email === textOf(identity.email) && signature ? { signature } : {}) };
}
