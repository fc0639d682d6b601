import { useConsole } from './console-context';
import { describeError } from './describe-error';

interface RetryableErrorProps {
  /** What the request threw; it is described in the console's language when shown, so it follows a change of language. */
  error: unknown;
  /** Tries the request again; leave out where another control already does (e.g. "load more"). */
  onRetry?: () => void;
}

/**
 * A request of a view that failed: what went wrong, announced to screen readers as it appears, and
 * a button to try again.
 */
export function RetryableError({ error, onRetry }: RetryableErrorProps) {
  const { texts } = useConsole();
  return (
    <div class="console-error">
      {/* The alert is the message alone, so the button is not read out as part of it. */}
      <p role="alert">{describeError(error, texts)}</p>
      {onRetry !== undefined && (
        <button type="button" class="console-button console-button-secondary" onClick={onRetry}>
          {texts.errors.retry}
        </button>
      )}
    </div>
  );
}
