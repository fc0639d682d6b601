import { useEffect, useRef } from 'preact/hooks';
import { PAGE_HEADING_ID } from './components/page-heading';

/**
 * Preact hook that moves focus to the page's main heading whenever the path changes.
 * Without it, focus stays on the clicked link of a page that is no longer shown.
 * The first page load is left alone: the browser already starts at the top.
 * @param path The current path.
 */
export function useHeadingFocusOnRouteChange(path: string): void {
  const focusedPath = useRef(path);
  useEffect(() => {
    if (focusedPath.current === path) return;
    focusedPath.current = path;
    document.getElementById(PAGE_HEADING_ID)?.focus({ preventScroll: true });
  }, [path]);
}
