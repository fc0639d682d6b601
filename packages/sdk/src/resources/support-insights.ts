import type { KyInstance } from 'ky';
import { send } from '../internal/send';
import { DocsReportSchema } from '../schemas/insights';
import type { DocsReport } from '../schemas/insights';
import type { Locale } from '../schemas/locale';

/** Which period and language {@link SupportInsightsResource.docs} reports on. */
export type DocsReportQuery = {
  /**
   * Start of the period: a span back from now in days (`7d`, `30d`, `90d`), an ISO 8601 date or
   * time (`2026-10-01`), or `all` for everything recorded.
   *
   * @default '30d'
   */
  since?: string;
  /**
   * Language of the article titles in the report.
   *
   * @default the site's default language
   */
  locale?: Locale;
};

/** What the support team and documentation writers learn from cases and self-help. */
export type SupportInsightsResource = {
  /**
   * The documentation fix report: articles that did not help, questions no article answers, and
   * topics and environments with many repeat contacts and escalations, most customers affected
   * first. Turn it into Markdown or CSV with {@link formatDocsReport}.
   *
   * @throws {ValidationError} for a period the server cannot read; {HttpError} `unauthorized` (401).
   * @example
   * const report = await support.insights.docs({ since: '30d', locale: 'en' });
   * console.log(formatDocsReport(report, 'markdown'));
   */
  docs(query?: DocsReportQuery): Promise<DocsReport>;
};

export function createSupportInsightsResource(api: KyInstance, site: string): SupportInsightsResource {
  const path = `admin/sites/${encodeURIComponent(site)}/insights/docs`;
  return {
    docs: (query = {}) => {
      const searchParams = new URLSearchParams();
      if (query.since !== undefined) searchParams.set('since', query.since);
      if (query.locale !== undefined) searchParams.set('locale', query.locale);
      return send(DocsReportSchema, () => api.get(path, { searchParams }));
    },
  };
}
