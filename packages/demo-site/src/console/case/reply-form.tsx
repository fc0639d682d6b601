import { useRef, useState } from 'preact/hooks';
import { MESSAGE_MAX_LENGTH } from '@loket/sdk';
import type { SupportCase, SupportMessageInput } from '@loket/sdk';
import { useConsole } from '../console-context';
import { describeError } from '../describe-error';
import { FormOutcome } from './form-outcome';
import type { Outcome } from './form-outcome';

const REPLY_KINDS = ['answer', 'question', 'solved'] as const;
type ReplyKind = (typeof REPLY_KINDS)[number];

interface ReplyFormProps {
  supportCase: SupportCase;
  /** Called with the case as the server returned it after the message. */
  onReplied: (updated: SupportCase) => void;
}

/**
 * A message to the customer, who reads it in the widget: an answer, a question (the case then
 * waits for the customer) or the solution (the case is solved). On failure the text stays.
 */
export function ReplyForm({ supportCase, onReplied }: ReplyFormProps) {
  const { support, texts } = useConsole();
  const t = texts.case.reply;
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ReplyKind>('answer');
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const errorId = 'reply-error';
  const invalid = outcome?.kind === 'invalid';

  const send = async () => {
    if (sending) return;
    const problem = text.trim() === '' ? t.empty : text.length > MESSAGE_MAX_LENGTH ? t.tooLong(MESSAGE_MAX_LENGTH) : null;
    if (problem !== null) {
      setOutcome({ kind: 'invalid', message: problem });
      textArea.current?.focus();
      return;
    }
    const input: SupportMessageInput = { text, question: kind === 'question' };
    if (kind === 'solved') input.status = 'solved';
    setSending(true);
    setOutcome(null);
    try {
      const updated = await support.cases.reply(supportCase.reference, input);
      setText('');
      setKind('answer');
      onReplied(updated);
      setOutcome({ kind: 'done', message: t.done(texts.status[updated.status]) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `${t.failed} ${describeError(error, texts)}` });
    } finally {
      setSending(false);
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
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {invalid && (
          <p class="field-error" id={errorId}>
            {outcome.message}
          </p>
        )}
      </div>
      <fieldset class="reply-kinds">
        <legend>{t.kindLegend}</legend>
        {REPLY_KINDS.map((option) => (
          <label key={option} class="check">
            <input type="radio" name="reply-kind" value={option} checked={kind === option} onChange={() => setKind(option)} />
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
      {outcome !== null && outcome.kind !== 'invalid' && <FormOutcome outcome={outcome} />}
    </form>
  );
}
