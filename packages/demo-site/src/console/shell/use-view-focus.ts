import { useEffect, useRef } from 'preact/hooks';

/**
 * Preact hook that moves focus to the heading of the view whenever `view` changes (another page
 * of the console, signing in or out), so screen readers announce where the user landed. Views
 * written elsewhere (the report) may render their heading a moment later or without `tabindex`;
 * the hook waits briefly for an `<h1>` in `main` and makes it focusable.
 * @param view A key that changes when another view is shown, e.g. the path.
 */
export function useViewFocus(view: string): void {
  const focused = useRef(view);
  useEffect(() => {
    if (focused.current === view) return;
    focused.current = view;
    let frame = 0;
    const deadline = performance.now() + 2000;
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (performance.now() < deadline) {
        frame = requestAnimationFrame(tryFocus);
      }
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [view]);
}
