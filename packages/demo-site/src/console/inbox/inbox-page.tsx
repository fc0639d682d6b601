import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SupportCaseSummary } from '@loket/sdk';
import { PageHeading } from '../../components/page-heading';
import { navigate, useSearch } from '../../router';
import { useDocumentTitle } from '../../use-document-title';
import { useConsole } from '../console-context';
import { CONSOLE_PATHS } from '../console-routes';
import { isUnauthorized } from '../describe-error';
import { RetryableError } from '../retryable-error';
import { caseLinkId, CaseTable } from './case-table';
import { FilterForm } from './filter-form';
import { formatInboxFilter, parseInboxFilter, toCaseListFilter } from './inbox-filter';
import type { InboxFilter } from './inbox-filter';

// Errors are kept as thrown and described when shown, so the message follows a change of language.
type ListState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; cases: SupportCaseSummary[]; nextCursor: string | null; loadingMore: boolean; moreError?: { error: unknown } };

/** The query string the inbox was last shown with, so "back to the inbox" keeps the filters. */
let lastInboxSearch = '';

/** The path of the inbox with the filters it was last shown with. */
export function inboxHref(): string {
  return `${CONSOLE_PATHS.inbox}${lastInboxSearch}`;
}

/** The inbox: filters, the matching cases (most recently updated first) and "load more". */
export function InboxPage() {
  const { support, texts, announce, signOutExpired } = useConsole();
  const t = texts.inbox;
  const search = useSearch();
  const filter = useMemo(() => parseInboxFilter(search), [search]);
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [reloads, setReloads] = useState(0);
  const request = useRef(0);
  useDocumentTitle(texts.documentTitle(t.title));
  useEffect(() => {
    lastInboxSearch = formatInboxFilter(filter);
  }, [filter]);

  useEffect(() => {
    const id = ++request.current;
    setList({ status: 'loading' });
    support.cases.list(toCaseListFilter(filter)).then(
      ({ cases, nextCursor }) => {
        if (id !== request.current) return;
        setList({ status: 'loaded', cases, nextCursor, loadingMore: false });
        announce(cases.length === 0 ? t.noneMatch : t.count(cases.length, nextCursor !== null));
      },
      (error: unknown) => {
        if (id !== request.current) return;
        if (isUnauthorized(error)) return signOutExpired();
        setList({ status: 'failed', error });
      },
    );
    // Texts are left out on purpose: switching the language must not load the list again.
  }, [support, filter, reloads]);

  const apply = (next: InboxFilter) => {
    const url = `${CONSOLE_PATHS.inbox}${formatInboxFilter(next)}`;
    // The same filters again: show the list afresh, as a reload would.
    if (url === location.pathname + location.search) setReloads((count) => count + 1);
    else navigate(url, { keepScroll: true });
  };

  const loadMore = async () => {
    if (list.status !== 'loaded' || list.nextCursor === null || list.loadingMore) return;
    const id = request.current;
    setList({ ...list, loadingMore: true, moreError: undefined });
    try {
      const page = await support.cases.list({ ...toCaseListFilter(filter), cursor: list.nextCursor });
      if (id !== request.current) return;
      setList({ status: 'loaded', cases: [...list.cases, ...page.cases], nextCursor: page.nextCursor, loadingMore: false });
      announce(t.loaded(page.cases.length));
      // Focus goes to the first new case, where the keyboard user continues reading.
      const first = page.cases[0];
      if (first) requestAnimationFrame(() => document.getElementById(caseLinkId(first.reference))?.focus());
    } catch (error) {
      if (id !== request.current) return;
      if (isUnauthorized(error)) return signOutExpired();
      setList({ ...list, loadingMore: false, moreError: { error } });
    }
  };

  return (
    <div class="console-page inbox">
      <PageHeading>{t.title}</PageHeading>
      <FilterForm filter={filter} onApply={apply} />
      <section class="results" aria-labelledby="results-title" aria-busy={list.status === 'loading'}>
        <div class="results-heading">
          <h2 id="results-title">{t.resultsTitle}</h2>
          {list.status === 'loaded' && list.cases.length > 0 && <p class="results-count">{t.count(list.cases.length, list.nextCursor !== null)}</p>}
        </div>
        {list.status === 'loading' && <p class="muted">{texts.loading}</p>}
        {list.status === 'failed' && <RetryableError error={list.error} onRetry={() => setReloads((count) => count + 1)} />}
        {list.status === 'loaded' && list.cases.length === 0 && (
          <div class="empty-state">
            <p class="empty-title">{t.noneMatch}</p>
            <p class="muted">{t.noneMatchHint}</p>
          </div>
        )}
        {list.status === 'loaded' && list.cases.length > 0 && <CaseTable cases={list.cases} now={Date.now()} />}
        {/* "Load more" below is the way to try again. */}
        {list.status === 'loaded' && list.moreError !== undefined && <RetryableError error={list.moreError.error} />}
        {list.status === 'loaded' && list.nextCursor !== null && (
          <p class="load-more">
            {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
            <button type="button" class="console-button console-button-secondary" aria-disabled={list.loadingMore} onClick={() => void loadMore()}>
              {list.loadingMore ? t.loadingMore : t.loadMore}
            </button>
          </p>
        )}
      </section>
    </div>
  );
}
