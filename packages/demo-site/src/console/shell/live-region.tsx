import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/**
 * Preact hook for a polite live region: render `region`, call `announce` with a message. The
 * region is emptied first, so the same message said twice ("3 cases") is read twice.
 */
export function useLiveRegion() {
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(text), 100);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  const region = (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-live-region>
      {message}
    </div>
  );
  return { announce, region };
}
