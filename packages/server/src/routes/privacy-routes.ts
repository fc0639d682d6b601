import { Hono } from 'hono';
import { ContactSubjectInputSchema } from '@loket/sdk';
import { readInput } from '../http/read-input';
import { eraseCase, eraseContact } from '../privacy/erase-subject';
import { exportCase, exportContact } from '../privacy/export-subject';
import { readPrivacyLog } from '../privacy/privacy-log';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { authorizedSite, caseNotFound, referenceOf } from './admin-access';

/**
 * Routes under `/v1/admin/sites/:site` for privacy requests: export and erase one case or
 * everything about one e-mail address, and the log of both. The address is sent in the body, so
 * it stays out of URLs and access logs.
 */
export function privacyRoutes(db: Database, sites: ReadonlyMap<string, Site>, now: () => Date) {
  return new Hono()
    .get('/:site/cases/:reference/export', async (c) => {
      const site = authorizedSite(c, sites);
      const exported = await exportCase(db, site, referenceOf(c, site), now());
      if (!exported) throw caseNotFound(site.key);
      return c.json(exported);
    })
    .post('/:site/cases/:reference/erase', async (c) => {
      const site = authorizedSite(c, sites);
      const erasure = await eraseCase(db, site, referenceOf(c, site), now());
      if (!erasure) throw caseNotFound(site.key);
      return c.json(erasure);
    })
    .post('/:site/contacts/export', async (c) => {
      const site = authorizedSite(c, sites);
      const { email } = await readInput(c, ContactSubjectInputSchema);
      return c.json(await exportContact(db, site, email, now()));
    })
    .post('/:site/contacts/erase', async (c) => {
      const site = authorizedSite(c, sites);
      const { email } = await readInput(c, ContactSubjectInputSchema);
      return c.json(await eraseContact(db, site, email, now()));
    })
    .get('/:site/privacy-log', async (c) => {
      const site = authorizedSite(c, sites);
      return c.json(await readPrivacyLog(db, site.key));
    });
}
