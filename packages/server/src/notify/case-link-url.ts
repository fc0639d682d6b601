import { caseLinkToken } from '../cases/case-link-token';
import type { Site } from '../sites/site-schema';

/**
 * The address that opens a case in the widget on the site's page: `caseLink` with
 * `#loket-case=<reference>&t=<token>`, where the token is derived from the site's first secret key.
 *
 * @throws {Error} when the site has no `email.caseLink` or no `secretKeys`.
 * @example
 * caseLinkUrl(site, 'LK-4F7Q-92KD'); // 'https://www.zeewind.example/support#loket-case=LK-4F7Q-92KD&t=Qm9…'
 */
export function caseLinkUrl(site: Site, reference: string): string {
  const secretKey = site.secretKeys[0];
  if (!site.email) throw new Error(`Site '${site.key}' has no email section in site.yaml; add email.caseLink to link to cases.`);
  if (!secretKey) {
    throw new Error(`Site '${site.key}' has no secretKeys in site.yaml; add one so e-mails can carry a link that opens the case.`);
  }
  const url = new URL(site.email.caseLink);
  url.hash = `loket-case=${encodeURIComponent(reference)}&t=${caseLinkToken(secretKey, site.key, reference)}`;
  return url.toString();
}
