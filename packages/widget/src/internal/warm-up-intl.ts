import type { Locale } from '@loket/sdk';
import { whenIdle } from './when-idle';

/**
 * Starts the browser's formatting of numbers, dates and language names for `locale`, one part per
 * idle moment. In a fresh page the first of each costs 20 to 80 ms; all at once, on the review or
 * the receipt (dates, "we respond by Monday 10:00", language names), they would make one long task
 * right after the customer's click. Started ahead in parts, each is short and waits for idle time.
 */
export function warmUpIntl(locale: Locale): void {
  const parts = [
    () => new Intl.NumberFormat(locale).format(1),
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(0),
    () => new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(0),
    () => new Intl.DisplayNames([locale], { type: 'language' }).of(locale),
  ];
  const next = () => {
    const part = parts.shift();
    if (!part) return;
    try {
      part();
    } catch {
      // An engine without one of these formats: the views fall back themselves.
    }
    whenIdle(next);
  };
  whenIdle(next);
}
