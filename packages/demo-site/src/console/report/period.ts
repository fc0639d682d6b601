import { useCallback } from 'preact/hooks';
import { navigate, useSearch } from '../../router';

/** Periods the report can cover, as the `since` the SDK and the page's address take. */
export const PERIODS = ['7d', '30d', '90d', 'all'] as const;

/** A period of the report. */
export type Period = (typeof PERIODS)[number];

/** The period shown when the address names none. */
export const DEFAULT_PERIOD: Period = '30d';

/** Name of the query parameter that keeps the period, so a link or reload shows the same report. */
export const PERIOD_PARAM = 'since';

/** Tells whether a value is one of the {@link PERIODS}. */
export function isPeriod(value: unknown): value is Period {
  return (PERIODS as readonly unknown[]).includes(value);
}

/**
 * Reads the period from a query string such as `?since=90d`.
 * @returns The period, or {@link DEFAULT_PERIOD} when the query names none or an unknown one.
 */
export function readPeriod(search: string): Period {
  const value = new URLSearchParams(search).get(PERIOD_PARAM);
  return isPeriod(value) ? value : DEFAULT_PERIOD;
}

/**
 * The address with the period in its query, other parameters and the hash kept.
 * @param href The current address.
 */
export function withPeriod(href: string, period: Period): string {
  const url = new URL(href);
  url.searchParams.set(PERIOD_PARAM, period);
  return url.pathname + url.search + url.hash;
}

/**
 * Preact hook holding the period of the report in the page's address: the address is the only
 * place it is kept, so whatever changes the address (the menu's link to the report, back and
 * forward) changes the period shown. Changing it goes through the router and replaces the history
 * entry rather than adding one: going back should leave the report, not step through every period tried.
 * @returns The period and a function to change it.
 */
export function usePeriod(): [Period, (period: Period) => void] {
  const period = readPeriod(useSearch());
  const setPeriod = useCallback((next: Period) => navigate(withPeriod(location.href, next), { replace: true, keepScroll: true }), []);
  return [period, setPeriod];
}
