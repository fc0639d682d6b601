import { ERROR_CODES, findFieldErrors, isHttpError, isValidationError, MessageInputSchema, MESSAGE_MAX_LENGTH, newIdempotencyKey } from '@loket/sdk';
import type { FieldError } from '@loket/sdk';
import type { CasesTranslation } from '../../translations/index';
import type { CasesController } from './my-cases-controller';

// Sending a message belongs to the views of My cases and comes in their chunk: a customer who
// never opens a case never downloads it.

/** Why the message box's text was refused, in the customer's words. */
const messageProblem = (t: CasesTranslation, code: FieldError['code'] | undefined) => (code === 'too_long' ? t.messageTooLong(MESSAGE_MAX_LENGTH) : t.messageRequired);

/**
 * Sends the message in a case's box; the text stays in the box until it is sent or safely kept
 * in the outbox. Never rejects: what went wrong is `cases.problem`, in the customer's words (`t`).
 */
export async function sendCaseMessage(cases: CasesController, reference: string, t: CasesTranslation): Promise<void> {
  const saved = cases.saved(reference);
  if (!saved || cases.sending) return;
  const text = saved.messageDraft ?? '';
  const field = findFieldErrors(MessageInputSchema, { text })[0];
  if (field) {
    cases.problem = messageProblem(t, field.code);
    cases.changed();
    return;
  }
  // The same text again is a retry of the same send: same key, so the server adds it once.
  const attempt = saved.messageAttempt?.text === text ? saved.messageAttempt : { key: newIdempotencyKey(), text };
  cases.update(reference, { messageAttempt: attempt });
  cases.sending = true;
  cases.problem = undefined;
  cases.notice = undefined;
  cases.changed();
  try {
    const delivered = await cases.delivery().addMessage(reference, saved.token, { text }, attempt.key);
    const sent = { messageDraft: '', messageAttempt: undefined };
    if (delivered.status === 'sent') {
      cases.loaded(reference, delivered.result);
      cases.update(reference, { ...sent, status: delivered.result.status, respondBy: delivered.result.respondBy });
      cases.announceMessage(reference);
    } else {
      // Added to the waiting messages as stored now: another tab's outbox may have sent some meanwhile.
      const pending = { key: attempt.key, text, queuedAt: Date.now() };
      cases.update(reference, (current) => ({ ...sent, pendingMessages: [...(current.pendingMessages ?? []), pending] }));
    }
    cases.notice = { reference, kind: delivered.status === 'sent' ? 'sent' : delivered.reason === 'offline' ? 'queued' : 'unavailable' };
    cases.messageDelivered(reference);
  } catch (error) {
    cases.problem = explainSendError(cases, error, reference, t);
  } finally {
    cases.sending = false;
    cases.changed();
  }
}

function explainSendError(cases: CasesController, error: unknown, reference: string, t: CasesTranslation): string {
  if (isHttpError(error) && error.code === ERROR_CODES.caseClosed) {
    void cases.refresh(reference);
    return t.closedMeanwhile;
  }
  if (isHttpError(error) && error.code === ERROR_CODES.caseNotFound) {
    cases.notFound(reference);
    return t.notFound;
  }
  if (isValidationError(error)) return messageProblem(t, error.fields[0]?.code);
  // No connection is not a failure here: the outbox keeps the message (`queued`) instead of throwing.
  return t.messageFailed;
}
