import type { Erasure, ErasureCounts } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import type { Database } from '../store/database';
import { findContactCases, redactMentions } from './contact-cases';
import { eraseCaseRows } from './erase-cases';
import { recordPrivacyAction } from './privacy-log';

/**
 * Erases one case of a site (see `eraseCaseRows`) and records that in the privacy log, in one
 * transaction. Its links and tokens stop working: the case is missing, like one never filed.
 *
 * @returns what was erased, or `undefined` when the site has no such case (also when it was erased before).
 * @example
 * const erasure = await eraseCase(db, site, 'LK-4F7Q-92KD', new Date());
 */
export async function eraseCase(db: Database, site: Site, reference: string, now: Date): Promise<Erasure | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string }>('SELECT id FROM cases WHERE site = $1 AND reference = $2 FOR UPDATE', [site.key, reference]);
    if (rows.length === 0) return undefined;
    const erased = await eraseCaseRows(tx, site, rows.map((row) => row.id));
    await recordPrivacyAction(tx, { site: site.key, action: 'erase', scope: 'case', reference, counts: erased, at: now });
    return toErasure(site, erased, now);
  });
}

/**
 * Erases everything a site stores about an e-mail address, in one transaction: every case with it
 * as contact address or whose e-mails went to it (see `eraseCaseRows`), and the address wherever
 * other cases, their deliveries or self-help attempts mention it (replaced with `[erased]`).
 * Recorded in the privacy log without the address. Erasing again finds nothing: all counts 0.
 *
 * @example
 * const erasure = await eraseContact(db, site, 'piet@example.nl', new Date());
 */
export async function eraseContact(db: Database, site: Site, email: string, now: Date): Promise<Erasure> {
  return db.transaction(async (tx) => {
    const caseIds = await findContactCases(tx, site.key, email, { lock: true });
    const erased = await eraseCaseRows(tx, site, caseIds);
    const counts = { ...erased, mentionsRedacted: await redactMentions(tx, site.key, email) };
    await recordPrivacyAction(tx, { site: site.key, action: 'erase', scope: 'contact', counts, at: now });
    return toErasure(site, counts, now);
  });
}

function toErasure(site: Site, erased: ErasureCounts, now: Date): Erasure {
  return { site: site.key, erasedAt: now.toISOString(), erased };
}
