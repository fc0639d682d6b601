import type { DocsReport, DocsReportFormat } from '../schemas/insights';

/** Placeholder until the real formats land (this session). */
export function formatDocsReport(report: DocsReport, format: DocsReportFormat): string {
  return format === 'json' ? JSON.stringify(report, null, 2) : '';
}
