// No imports: the loader (a tiny bundle of its own) reads this marker as well as the widget.

/**
 * The `localStorage` key of the marker the widget keeps while its outbox holds something for a
 * site; the loader reads it to load the widget and send what waits when the page opens again.
 */
export const pendingMarkerKey = (site: string) => `loket:pending:${site}`;
