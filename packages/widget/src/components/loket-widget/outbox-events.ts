import type { Case, CaseCreated, OutboxEvent, OutboxItem } from '@loket/sdk';
import { rememberCase, removePendingReport, savedCaseOf, updateCase } from '../../internal/my-cases-store';
import type { PendingMessage, SavedCase } from '../../internal/my-cases-store';

/** What the widget does when something kept on this device was sent or refused later. */
export type OutboxListener = {
  caseSent(item: OutboxItem & { kind: 'case' }, created: CaseCreated): void;
  caseRefused(item: OutboxItem & { kind: 'case' }, error: Error): void;
  messageSent(item: OutboxItem & { kind: 'message' }, found: Case): void;
  messageRefused(item: OutboxItem & { kind: 'message' }, error: Error): void;
};

/**
 * Keeps My cases in step with what the outbox sent or gave up on, whatever the window shows, then
 * tells the widget. Comes with the outbox's chunk: nothing happens to kept items before it is open.
 */
export function followOutbox(site: string, event: OutboxEvent, listener: OutboxListener): void {
  if (event.type === 'queued') return;
  const { item } = event;
  if (item.kind === 'case') {
    removePendingReport(site, item.key);
    if (event.type === 'sent') {
      const created = event.result as CaseCreated;
      rememberCase(site, savedCaseOf(created, item.input.topic));
      listener.caseSent(item, created);
    } else listener.caseRefused(item, event.error);
    return;
  }
  const others = (saved: SavedCase): PendingMessage[] => (saved.pendingMessages ?? []).filter((entry) => entry.key !== item.key);
  if (event.type === 'sent') {
    const found = event.result as Case;
    updateCase(site, item.reference, (saved) => ({ pendingMessages: others(saved), status: found.status, respondBy: found.respondBy }));
    listener.messageSent(item, found);
  } else {
    // The refused text goes back into the message box, before anything typed since: nothing is lost.
    updateCase(site, item.reference, (saved) => ({
      pendingMessages: others(saved),
      messageDraft: `${item.input.text}${saved.messageDraft?.trim() ? `\n\n${saved.messageDraft}` : ''}`,
    }));
    listener.messageRefused(item, event.error);
  }
}
