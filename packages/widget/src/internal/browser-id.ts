import { BROWSER_ID_PATTERN } from '@loket/sdk';
import { readStored, writeStored } from './storage';

const keyFor = (site: string) => `loket:browser:${site}`;
// When storage is refused, the id lives as long as the page: reports from this visit still link.
const fallback = new Map<string, string>();

/**
 * The random id of this browser for a site, sent as `contact.browser` so a second report on the
 * same topic joins the customer's open case. Kept per site, so two sites cannot match their
 * visitors by it. It says nothing about the customer: 32 random URL-safe characters.
 */
export function browserId(site: string): string {
  const stored = readStored(keyFor(site));
  if (stored && BROWSER_ID_PATTERN.test(stored)) return stored;
  const id = randomId();
  if (writeStored(keyFor(site), id)) return id;
  const kept = fallback.get(site) ?? id;
  fallback.set(site, kept);
  return kept;
}

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_');
}
