import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Preact hook measuring an element's width, again whenever it changes. Charts draw at the real
 * width instead of scaling a fixed `viewBox`, so their text keeps its size on a phone.
 * @param fallback The width to draw at before the first measurement (and without ResizeObserver).
 * @returns A ref to put on the element, and its width in CSS pixels.
 */
export function useElementWidth<T extends Element>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    setWidth(Math.round(element.getBoundingClientRect().width) || fallback);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width];
}
