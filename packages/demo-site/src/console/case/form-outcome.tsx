import { useEffect, useRef } from 'preact/hooks';

/** How a form's outcome looks: done, or a problem (failed, refused before sending, or unsure). */
export type OutcomeTone = 'done' | 'problem';

interface FormOutcomeProps {
  /** The outcome as the form keeps it; each new one (a new object) takes the focus. */
  outcome: { kind: string };
  tone: OutcomeTone;
  /** The outcome in words, made when rendering, so it follows a change of language. */
  message: string;
}

/**
 * The message after a form was sent. It takes the focus, so keyboard and screen reader users hear
 * at once what happened and continue from there.
 */
export function FormOutcome({ outcome, tone, message }: FormOutcomeProps) {
  const element = useRef<HTMLParagraphElement>(null);
  useEffect(() => element.current?.focus(), [outcome]);
  return (
    <p ref={element} class={tone === 'done' ? 'console-notice' : 'console-error'} tabIndex={-1} data-outcome={outcome.kind}>
      {message}
    </p>
  );
}
