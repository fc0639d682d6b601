import type { ComponentChildren } from 'preact';

/** Id of the one `<h1>` on every page. */
export const PAGE_HEADING_ID = 'page-heading';

/**
 * The main heading of a page. Script can focus it (`tabIndex={-1}`), so focus moves to the new
 * page's heading after navigation and screen readers announce where the visitor landed.
 */
export function PageHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id={PAGE_HEADING_ID} tabIndex={-1}>
      {children}
    </h1>
  );
}
