import { useEffect, useState } from 'preact/hooks';

type PathListener = (path: string) => void;

const listeners = new Set<PathListener>();

/**
 * Reads the path of the current page, without a trailing slash (except for the root).
 * @returns For example `/` or `/support`.
 */
export function readCurrentPath(): string {
  const trimmed = location.pathname.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** Options for {@link navigate}. */
export interface NavigateOptions {
  /** Replace the current history entry instead of adding one. @default false */
  replace?: boolean;
  /**
   * Keep the scroll position, for a change within the page shown, such as new filters on a list.
   * @default false
   */
  keepScroll?: boolean;
}

/**
 * Shows another page of the site without reloading, adding it to the browser history.
 * @param url A same-origin path such as `/support`, optionally with a query string.
 */
export function navigate(url: string, options: NavigateOptions = {}): void {
  const target = new URL(url, location.href);
  if (target.href === location.href) return;
  if (options.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  // A new page starts at the top; on back and forward the browser restores the scroll position itself.
  if (!options.keepScroll) window.scrollTo(0, 0);
  notifyListeners();
}

/**
 * Calls `listener` whenever the page changes, by {@link navigate} or by the back and forward buttons.
 * @returns A function that stops listening.
 */
export function subscribeToPath(listener: PathListener): () => void {
  const onPopState = () => listener(readCurrentPath());
  listeners.add(listener);
  window.addEventListener('popstate', onPopState);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', onPopState);
  };
}

/**
 * Preact hook giving the current path, re-rendering when it changes.
 * @returns For example `/` or `/support`.
 */
export function usePath(): string {
  const [path, setPath] = useState(readCurrentPath);
  useEffect(() => subscribeToPath(setPath), []);
  return path;
}

/**
 * Preact hook giving the query string of the current page, re-rendering when it changes.
 * @returns For example `?status=new&topic=internet`, or `''`.
 */
export function useSearch(): string {
  const [search, setSearch] = useState(() => location.search);
  useEffect(() => subscribeToPath(() => setSearch(location.search)), []);
  return search;
}

/**
 * Turns clicks on internal `<a href>` links inside `root` into {@link navigate} calls, so plain
 * links work as links (new tab, middle-click, copy address) and still navigate without a reload.
 * @param root The element the app renders into; links elsewhere, such as the help widget's, are left alone.
 * @returns A function that stops intercepting.
 */
export function interceptLinkClicks(root: HTMLElement): () => void {
  const onClick = (event: MouseEvent) => {
    const url = findInternalUrl(event);
    if (url === null) return;
    event.preventDefault();
    navigate(url);
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

function findInternalUrl(event: MouseEvent): string | null {
  const wantsBrowserBehaviour =
    event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
  if (wantsBrowserBehaviour || !(event.target instanceof Element)) return null;

  const anchor = event.target.closest('a');
  if (!(anchor instanceof HTMLAnchorElement) || !anchor.hasAttribute('href')) return null;
  if ((anchor.target !== '' && anchor.target !== '_self') || anchor.hasAttribute('download')) return null;

  const url = new URL(anchor.href);
  if (url.origin !== location.origin) return null;
  // Files such as /loket.js are not pages of this app.
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  // In-page anchors such as the skip link keep the browser's own scrolling and focus behaviour.
  const isSamePage = url.pathname === location.pathname && url.search === location.search;
  if (isSamePage && url.hash !== '') return null;

  return url.pathname + url.search + url.hash;
}

function notifyListeners(): void {
  const path = readCurrentPath();
  for (const listener of listeners) listener(path);
}
