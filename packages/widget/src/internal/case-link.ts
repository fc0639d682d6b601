import { normalizeReference } from '@loket/sdk';

/** A case named by a link: `…#loket-case=LK-4F7Q-92KD&t=<token>`. */
export type CaseLink = { reference: string; token: string };

/** Reads a case link from an address's fragment, e.g. `location.hash`; `undefined` when there is none or it is malformed. */
export function readCaseLink(hash: string): CaseLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const reference = normalizeReference(params.get('loket-case') ?? '');
  const token = params.get('t')?.trim();
  return reference && token ? { reference, token } : undefined;
}

/**
 * Takes the case link out of the address bar, so the token does not linger in the history, in
 * bookmarks or on a shared screen. Other parts of the fragment stay. History may be refused (a
 * sandboxed frame); then the address stays as it is.
 */
export function removeCaseLinkFromAddress(): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (!params.has('loket-case') && !params.has('t')) return;
  params.delete('loket-case');
  params.delete('t');
  const rest = params.toString();
  try {
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  } catch {
    // Nothing more to do: the case is open and remembered either way.
  }
}

/**
 * Opens the case the address names (`#loket-case=LK-…&t=…`) in My cases, after taking the link
 * out of the address. A chunk of its own: only a visit from such a link (an update e-mail) needs it.
 */
export function openCaseLink(cases: { openLink(link: CaseLink): void }): void {
  const link = readCaseLink(location.hash);
  removeCaseLinkFromAddress();
  if (link) cases.openLink(link);
}
