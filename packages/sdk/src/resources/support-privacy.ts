import type { KyInstance } from 'ky';
import { checkedReference } from '../internal/checked-reference';
import { send } from '../internal/send';
import { ContactSubjectInputSchema, ErasureSchema, PrivacyExportSchema, PrivacyLogSchema } from '../schemas/privacy';
import type { Erasure, PrivacyExport, PrivacyLog } from '../schemas/privacy';
import { parseOrThrow } from '../schemas/validate';

/** Customers' requests about their data: a copy of everything stored about them, or its erasure. */
export type SupportPrivacyResource = {
  /**
   * Everything the site stores about one case: the case with its timeline and e-mail address,
   * its deliveries and the self-help of its reports.
   *
   * @throws {HttpError} `case_not_found` (404), also for an erased case.
   * @example
   * const data = await support.privacy.exportCase('LK-4F7Q-92KD');
   */
  exportCase(reference: string): Promise<PrivacyExport>;
  /**
   * Everything the site stores about an e-mail address: every case with it as contact, and the
   * references of other cases that mention it. Sent in the body, so the address stays out of URLs.
   *
   * @throws {ValidationError} for something that is not an e-mail address, before anything is sent.
   * @example
   * const data = await support.privacy.exportContact('piet@example.nl');
   */
  exportContact(email: string): Promise<PrivacyExport>;
  /**
   * Erases one case: it is deleted with its timeline, deliveries and tokens; its self-help stays
   * for the documentation fix report without what is personal. Not retried: when the answer was
   * lost, calling again answers `case_not_found` once the case is gone.
   *
   * @returns how many rows were deleted and changed.
   * @throws {HttpError} `case_not_found` (404), also when it was erased before.
   * @example
   * const { erased } = await support.privacy.eraseCase('LK-4F7Q-92KD');
   */
  eraseCase(reference: string): Promise<Erasure>;
  /**
   * Erases everything the site stores about an e-mail address: its cases as {@link eraseCase}
   * does, and the address wherever other cases mention it. Safe to repeat (all counts 0), so it is
   * retried like a read.
   *
   * @throws {ValidationError} for something that is not an e-mail address, before anything is sent.
   * @example
   * const { erased } = await support.privacy.eraseContact('piet@example.nl');
   */
  eraseContact(email: string): Promise<Erasure>;
  /**
   * The newest 100 exports and erasures of the site, without the data they were about.
   *
   * @example
   * const { entries } = await support.privacy.log();
   */
  log(): Promise<PrivacyLog>;
};

export function createSupportPrivacyResource(api: KyInstance, site: string): SupportPrivacyResource {
  const base = `admin/sites/${encodeURIComponent(site)}`;
  // Exporting reads, and erasing by address finds nothing the second time: both may be retried.
  const contactRequest = (email: string) => ({ json: parseOrThrow(ContactSubjectInputSchema, { email }), retry: { methods: ['post' as const] } });
  return {
    exportCase: async (reference) => send(PrivacyExportSchema, () => api.get(`${base}/cases/${checkedReference(reference)}/export`)),
    exportContact: async (email) => {
      const request = contactRequest(email);
      return send(PrivacyExportSchema, () => api.post(`${base}/contacts/export`, request));
    },
    eraseCase: async (reference) => send(ErasureSchema, () => api.post(`${base}/cases/${checkedReference(reference)}/erase`)),
    eraseContact: async (email) => {
      const request = contactRequest(email);
      return send(ErasureSchema, () => api.post(`${base}/contacts/erase`, request));
    },
    log: () => send(PrivacyLogSchema, () => api.get(`${base}/privacy-log`)),
  };
}
