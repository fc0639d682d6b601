import { useEffect, useRef } from 'preact/hooks';

/** What came of sending a form: done, failed (server or connection), or refused before sending. */
export type Outcome = { kind: 'done' | 'failed' | 'invalid'; message: string };

/**
 * The message after a form was sent. It takes the focus, so keyboard and screen reader users hear
 * at once what happened and continue from there.
 */
export function FormOutcome({ outcome }: { outcome: Outcome }) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => element.current?.focus(), [outcome]);
  return (
    <p ref={element} class={outcome.kind === 'done' ? 'console-notice' : 'console-error'} tabIndex={-1} data-outcome={outcome.kind}>
      {outcome.message}
    </p>
  );
}
