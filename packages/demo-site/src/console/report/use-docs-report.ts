import type { DocsReport, SupportClient } from '@loket/sdk';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Period } from './period';
import { errorKind } from '../describe-error';
import type { ErrorKind } from '../describe-error';

/**
 * Where loading the report stands. The last report loaded stays while the next one loads, so the
 * page does not jump; after a failure it goes, so an old period's figures are never shown as the new one's.
 */
export type DocsReportState =
  | { status: 'loading'; report: DocsReport | undefined }
  | { status: 'loaded'; report: DocsReport }
  | { status: 'failed'; problem: ErrorKind; report: undefined };

/**
 * Preact hook loading the documentation fix report for a period and language, again whenever
 * either changes. An answer that arrives after a newer request was made is dropped, so clicking
 * through periods quickly never shows an older period's report.
 * @returns The state and a function to load it again (after an error).
 */
export function useDocsReport(support: SupportClient, since: Period, locale: 'nl' | 'en'): [DocsReportState, () => void] {
  const [state, setState] = useState<DocsReportState>({ status: 'loading', report: undefined });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setState((previous) => ({ status: 'loading', report: previous.report }));
    support.insights.docs({ since, locale }).then(
      (report) => {
        if (request === latest.current) setState({ status: 'loaded', report });
      },
      (error: unknown) => {
        if (request === latest.current) setState({ status: 'failed', problem: errorKind(error), report: undefined });
      },
    );
  }, [support, since, locale, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, retry];
}
