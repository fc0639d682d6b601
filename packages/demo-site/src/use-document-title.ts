import { useEffect } from 'preact/hooks';

/** Preact hook that keeps the tab's title on the page or view being shown. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
