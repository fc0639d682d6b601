import { caseLinkToken } from '../cases/case-link-token';
import { signingKeys } from '../sites/secret-key';
import type { Site } from '../sites/site-schema';

/**
 * The address that opens a case in the widget on the site's page: `caseLink` with
 * `#loket-case=<reference>&t=<token>`, where the token is derived from the site's first secret key
 * that is written out (a hashed key cannot sign).
 *
 * @throws {Error} when the site has no `email.caseLink` or no `secretKeys`.
 * @example
 * caseLinkUrl(site, 'LK-4F7Q-92KD'); // 'https://www.zeewind.example/support#loket-case=LK-4F7Q-92KD&t=Qm9…'
 */
export function caseLinkUrl(site: Site, reference: string): string {
  const secretKey = signingKeys(site.secretKeys)[0];
  if (!site.email) throw new Error(`Site '${site.key}' has no email section in site.yaml; add email.caseLink to link to cases.`);
  if (!secretKey) {
    throw new Error(`Site '${site.key}' has no secret key written out under secretKeys in site.yaml (hashed keys cannot sign); add one, best as "$NAME", so e-mails can carry a link that opens the case.`);
  }
  const url = new URL(site.email.caseLink);
  url.hash = `loket-case=${encodeURIComponent(reference)}&t=${caseLinkToken(secretKey, site.key, reference)}`;
  return url.toString();
}
