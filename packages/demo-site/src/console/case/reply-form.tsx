import { useRef, useState } from 'preact/hooks';
import { isConnectionError, MESSAGE_MAX_LENGTH, newIdempotencyKey } from '@loket/sdk';
import type { CaseStatus, SupportCase, SupportMessageInput } from '@loket/sdk';
import { useConsole } from '../console-context';
import type { ConsoleTexts } from '../console-texts';
import { describeError } from '../describe-error';
import { FieldError } from '../fields';
import { FormOutcome } from './form-outcome';

const REPLY_KINDS = ['answer', 'question', 'solved'] as const;
type ReplyKind = (typeof REPLY_KINDS)[number];

/** What came of sending; put into words when shown, so it follows a change of language. */
type ReplyOutcome =
  | { kind: 'empty' | 'tooLong' }
  | { kind: 'done'; status: CaseStatus }
  | { kind: 'failed'; error: unknown }
  /** The connection failed: the server may or may not have stored the message sent with `key`. */
  | { kind: 'unconfirmed'; key: string }
  /** Sending it again failed too: the case was reloaded (or not), so its timeline can tell. */
  | { kind: 'maybeSent'; reloaded: boolean };

interface ReplyFormProps {
  supportCase: SupportCase;
  /** Called with the case as the server returned it after the message, or as reloaded after an unsure one. */
  onReplied: (updated: SupportCase) => void;
}

/**
 * A message to the customer, who reads it in the widget: an answer, a question (the case then
 * waits for the customer) or the solution (the case is solved). On failure the text stays. Each
 * reply has one idempotency key, kept while its text and kind stay the same: when the connection
 * fails, the message may have arrived all the same, so "Send again" sends it with the same key and
 * the server posts it once. Only when that fails too is the case reloaded and the reader asked to
 * check its timeline.
 */
export function ReplyForm({ supportCase, onReplied }: ReplyFormProps) {
  const { support, texts } = useConsole();
  const t = texts.case.reply;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ReplyKind>('answer');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<ReplyOutcome | null>(null);
  // Made when the reply is first sent; dropped when its text or kind changes, or once it went through.
  const [replyKey, setReplyKey] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const errorId = 'reply-error';
  const invalid = outcome?.kind === 'empty' || outcome?.kind === 'tooLong';

  /** Sends the reply; `again` after a lost answer, which keeps that outcome (and its button) in view until this one ends. */
  const send = async (again = false) => {
    if (sending) return;
    const problem = text.trim() === '' ? 'empty' : text.length > MESSAGE_MAX_LENGTH ? 'tooLong' : null;
    if (problem !== null) {
      setOutcome({ kind: problem });
      textArea.current?.focus();
      return;
    }
    const input: SupportMessageInput = { text, question: kind === 'question' };
    if (kind === 'solved') input.status = 'solved';
    const key = replyKey ?? newIdempotencyKey();
    setReplyKey(key);
    setSending(true);
    if (!again) setOutcome(null);
    try {
      const updated = await support.cases.reply(supportCase.reference, input, { idempotencyKey: key });
      setText('');
      setKind('answer');
      setReplyKey(null);
      onReplied(updated);
      setOutcome({ kind: 'done', status: updated.status });
    } catch (error) {
      if (!isConnectionError(error)) setOutcome({ kind: 'failed', error });
      else if (!again) setOutcome({ kind: 'unconfirmed', key });
      else setOutcome({ kind: 'maybeSent', reloaded: await reload() });
    } finally {
      setSending(false);
    }
  };

  /** Loads the case again, so its timeline shows whether the message arrived; tells whether that worked. */
  const reload = async () => {
    try {
      onReplied(await support.cases.get(supportCase.reference));
      return true;
    } catch {
      return false;
    }
  };

  return (
    <form
      class="reply-form"
      aria-labelledby="reply-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h2 id="reply-title">{t.title}</h2>
      <div class="field">
        <label for="reply-text">{t.textLabel}</label>
        <p class="field-hint" id="reply-hint">
          {t.textHint}
        </p>
        <textarea
          id="reply-text"
          ref={textArea}
          rows={6}
          value={text}
          aria-invalid={invalid}
          aria-describedby={invalid ? `reply-hint ${errorId}` : 'reply-hint'}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setReplyKey(null);
          }}
        />
        {invalid && <FieldError id={errorId}>{describeOutcome(outcome, texts)}</FieldError>}
      </div>
      <fieldset class="reply-kinds">
        <legend>{t.kindLegend}</legend>
        {REPLY_KINDS.map((option) => (
          <label key={option} class="check">
            <input
              type="radio"
              name="reply-kind"
              value={option}
              checked={kind === option}
              onChange={() => {
                setKind(option);
                setReplyKey(null);
              }}
            />
            {t.kinds[option]}
          </label>
        ))}
      </fieldset>
      <div class="form-actions">
        {/* aria-disabled rather than disabled: a disabled button would drop the keyboard focus. */}
        <button type="submit" class="console-button" aria-disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </div>
      {outcome !== null && !invalid && <FormOutcome outcome={outcome} tone={outcome.kind === 'done' ? 'done' : 'problem'} message={describeOutcome(outcome, texts)} />}
      {/* Only for the reply that was lost: a changed text or kind is a new reply, sent with the submit button. */}
      {outcome?.kind === 'unconfirmed' && outcome.key === replyKey && (
        <button type="button" class="console-button console-button-secondary" aria-disabled={sending} onClick={() => void send(true)}>
          {sending ? t.sending : t.sendAgain}
        </button>
      )}
    </form>
  );
}

function describeOutcome(outcome: ReplyOutcome, texts: ConsoleTexts): string {
  const t = texts.case.reply;
  switch (outcome.kind) {
    case 'empty':
      return t.empty;
    case 'tooLong':
      return t.tooLong(MESSAGE_MAX_LENGTH);
    case 'done':
      return t.done(texts.status[outcome.status]);
    case 'failed':
      return `${t.failed} ${describeError(outcome.error, texts)}`;
    case 'unconfirmed':
      return t.unconfirmed;
    case 'maybeSent':
      return outcome.reloaded ? t.maybeSent : t.maybeSentNotReloaded;
  }
}
