import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { MESSAGE_MAX_LENGTH } from '@loket/sdk';
import type { Case, CaseEvent, CaseStatus, Locale, SiteConfig } from '@loket/sdk';
import { formatDate, formatMoment, respondByText } from '../../internal/respond-by';
import type { SavedCase } from '../../internal/my-cases-store';
import type { FullTranslation } from '../../translations/index';
import { isOpen } from './my-cases-controller';
import type { CaseNotice, CasesController } from './my-cases-controller';
import { withReference } from './reference-text';
import { sendCaseMessage } from './send-case-message';
import { heading } from './step-heading';
import { formStyles } from './form.styles';
import { casesStyles } from './my-cases.styles';

/** The styles of these views, added to the widget when they load. */
export const myCasesStyles = [formStyles, casesStyles];

/** What the My cases views need besides the controller's state. */
export type CasesViewContext = {
  t: FullTranslation;
  locale: Locale;
  config: SiteConfig;
  cases: CasesController;
  /** The title of an article, for "articles tried". */
  articleTitle(id: string): string;
  /** Starts a new report, with this text as its description when given. */
  onNewReport(text: string): void;
  /** Declines the offer: goes on with the report on the chosen topic. */
  onContinueReport(): void;
  /** Accepts the offer: the report's text goes into the case's message box. */
  onAddToCase(reference: string): void;
};

const topicLabel = (ctx: CasesViewContext, topic: string) => ctx.config.topics.find((item) => item.id === topic)?.label[ctx.locale] ?? '';

const statusBadge = (t: FullTranslation, status: CaseStatus | undefined) =>
  html`<span class="status" data-status=${status ?? 'unknown'}>${status ? t.cases.status[status] : t.cases.statusUnknown}</span>`;

/** Dispatches to the view My cases shows now. */
export function renderCases(ctx: CasesViewContext): TemplateResult {
  const view = ctx.cases.view!;
  if (view.kind === 'offer') return offerView(ctx, view.reference);
  if (view.kind === 'case') return caseView(ctx, view.reference);
  return listView(ctx);
}

function listView(ctx: CasesViewContext): TemplateResult {
  const { t, locale, cases } = ctx;
  const { cases: saved, pending } = cases.data;
  return html`<p class="back"><button class="link" type="button" @click=${() => cases.leave()}>← ${t.cases.backToReport}</button></p>
    ${heading(t.cases.heading)}
    ${saved.length + pending.length === 0 ? html`<p data-cases-empty>${t.cases.empty}</p>` : html`<p class="hint">${t.cases.intro}</p>`}
    <ul class="cases">
      ${pending.map(
        (item) => html`<li class="case-item pending" data-pending=${item.key}>
          <span class="case-line"><strong>${topicLabel(ctx, item.topic)}</strong><span class="status" data-status="pending">${t.cases.pending}</span></span>
          <span class="case-sub">${t.cases.pendingHint}</span>
        </li>`,
      )}
      ${saved.map((item) => {
        const status = cases.status(item.reference);
        const respond = isOpen(status) ? respondByText(t, locale, item.respondBy) : undefined;
        return html`<li>
          <button class="case-item" type="button" data-case=${item.reference} @click=${() => cases.openCase(item.reference)}>
            <span class="case-line"><strong class="mono">${item.reference}</strong>${statusBadge(t, status)}</span>
            <span class="case-sub">${[topicLabel(ctx, item.topic), t.cases.filedOn(formatDate(item.filedAt, locale))].filter(Boolean).join(' · ')}</span>
            ${respond ? html`<span class="case-sub">${respond}</span>` : nothing}
          </button>
        </li>`;
      })}
    </ul>`;
}

function offerView(ctx: CasesViewContext, reference: string): TemplateResult {
  const { t } = ctx;
  return html`${heading(t.cases.offerHeading)}
    <p data-offer=${reference}>${withReference(t.cases.offerText, reference)}</p>
    <div class="actions stacked">
      <button class="button" part="button primary-button" type="button" data-offer-add @click=${() => ctx.onAddToCase(reference)}>${t.cases.offerAdd}</button>
      <button class="button secondary" part="button" type="button" data-offer-new @click=${ctx.onContinueReport}>${t.cases.offerNew}</button>
    </div>`;
}

function caseView(ctx: CasesViewContext, reference: string): TemplateResult {
  const { t, locale, cases } = ctx;
  const saved = cases.saved(reference);
  const load = cases.load(reference);
  const found = load?.case;
  const status = cases.status(reference);
  const back = html`<p class="back"><button class="link" type="button" @click=${() => cases.openList()}>← ${t.cases.back}</button></p>`;
  if (!saved) return html`${back}${heading(t.cases.caseHeading(reference))}<p class="problem" role="alert">${t.cases.notFound}</p>`;
  const respond = isOpen(status) ? respondByText(t, locale, found ? found.respondBy : saved.respondBy) : undefined;
  const topic = topicLabel(ctx, found?.topic ?? saved.topic);
  return html`${back}
    <div class="case-head">
      <h3 id="loket-step-heading" tabindex="-1">${withReference(t.cases.caseHeading, reference)}</h3>
      <button class="button secondary small" part="button" type="button" data-refresh aria-busy=${load?.loading ? 'true' : 'false'} @click=${() => void cases.refresh(reference)}>
        ${load?.loading ? t.cases.refreshing : t.cases.refresh}
      </button>
    </div>
    <p class="case-meta">${statusBadge(t, status)}<span>${[topic, t.cases.filedOn(formatDate(found?.createdAt ?? saved.filedAt, locale))].filter(Boolean).join(' · ')}</span></p>
    ${respond ? html`<p class="note" data-respond-by>${respond}</p>` : nothing}
    ${questionCallout(ctx, found, status)}
    ${found?.emailUpdates ? html`<p class="hint">${t.cases.emailUpdates}</p>` : nothing}
    ${noticeFor(ctx, reference, 'top')}
    ${loadProblem(ctx, reference)}
    ${found ? timeline(ctx, found, saved) : load?.loading && !load.error ? html`<p role="status">${t.loading}</p>` : nothing}
    ${noticeFor(ctx, reference, 'bottom')}
    ${load?.error === 'not_found' ? nothing : status === 'closed' ? closedNote(ctx, reference) : status ? messageForm(ctx, saved, found) : nothing}`;
}

/** While the case waits for the customer, the question goes on top, with a way straight to the answer box. */
function questionCallout(ctx: CasesViewContext, found: Case | undefined, status: CaseStatus | undefined) {
  const question = status === 'waiting_for_customer' ? openQuestion(found) : undefined;
  if (!question) return nothing;
  const toAnswer = () => ctx.cases.focusMessageBox();
  return html`<div class="callout" data-question-callout>
    <p><strong>${ctx.t.cases.questionWaiting}</strong></p>
    <p class="text">${question.text}</p>
    <p><button class="link" type="button" @click=${toAnswer}>${ctx.t.cases.answerNow}</button></p>
  </div>`;
}

/** What happened last: a case just opened from a link is said on top; what became of a message, beside the message box. */
function noticeFor(ctx: CasesViewContext, reference: string, place: 'top' | 'bottom') {
  const current = ctx.cases.notice?.reference === reference ? ctx.cases.notice.kind : undefined;
  const notice = (current === 'linked') === (place === 'top') ? current : undefined;
  const t = ctx.t.cases;
  const texts: Record<CaseNotice, string> = { sent: t.messageSent, queued: t.messageQueued, unavailable: t.messageQueuedUnavailable, refused: t.refusedMessage, linked: t.linkOpened };
  const text = notice ? texts[notice] : '';
  // The live region stays in place and visible (empty, without a box), so screen readers announce what appears in it.
  return html`<p class=${text ? 'note' : 'live-empty'} role="status" data-notice=${notice ?? nothing}>${text}</p>`;
}

function loadProblem(ctx: CasesViewContext, reference: string) {
  const { t, cases } = ctx;
  const error = cases.load(reference)?.error;
  if (error === 'not_found') {
    // What the customer typed for this case can still go into a new report: nothing is lost.
    const unsent = cases.saved(reference)?.messageDraft?.trim();
    return html`<p class="problem" role="alert" data-not-found>${t.cases.notFound}</p>
      <div class="actions">
        <button class="button secondary" part="button" type="button" data-forget @click=${() => cases.forget(reference)}>${t.cases.forget}</button>
        ${unsent ? html`<button class="button end" part="button primary-button" type="button" data-new-report @click=${() => ctx.onNewReport(cases.takeMessageDraft(reference))}>${t.cases.newReport}</button>` : nothing}
      </div>`;
  }
  if (error === 'failed') {
    return html`<p class="problem" role="alert" data-load-failed>${t.cases.loadFailed}
        <button class="link" type="button" @click=${() => void cases.refresh(reference)}>${t.retry}</button></p>`;
  }
  return nothing;
}

function timeline(ctx: CasesViewContext, found: Case, saved: SavedCase): TemplateResult {
  const { t, locale } = ctx;
  return html`<h4 id="loket-timeline-heading">${t.cases.timeline}</h4>
    <ol class="timeline" aria-labelledby="loket-timeline-heading">
      ${found.timeline.map((event) => html`<li class=${eventClass(event)} data-event=${event.type}>${eventBody(ctx, event, found)}
        <time datetime=${event.at}>${formatMoment(event.at, locale)}</time></li>`)}
      ${(saved.pendingMessages ?? []).map((item) => html`<li class="event message customer pending" data-pending-message=${item.key}>
        <p class="who">${t.cases.you} · <em>${t.cases.pending}</em></p><p class="text">${item.text}</p></li>`)}
    </ol>`;
}

const eventClass = (event: CaseEvent) => (event.type === 'message' ? `event message ${event.author}${event.question ? ' question' : ''}` : 'event small');

function eventBody(ctx: CasesViewContext, event: CaseEvent, found: Case): TemplateResult {
  const t = ctx.t.cases;
  switch (event.type) {
    case 'message':
      return html`<p class="who">${event.author === 'support' ? t.support : t.you}${event.question ? html` · <strong>${t.question}</strong>` : nothing}</p>
        <p class="text">${event.text}</p>`;
    case 'created':
      return html`<p>${t.created(topicLabel(ctx, event.topic))}</p>${found.description ? html`<p class="text quoted">${found.description}</p>` : nothing}`;
    case 'status':
      return html`<p>${t.statusChanged(t.status[event.to])}</p>`;
    case 'escalation':
      return html`<p>${t.escalation(event.level > 1, event.reason)}</p>`;
    case 'article_tried':
      return html`<p>${t.articleTried(ctx.articleTitle(event.article), event.outcome === 'solved')}</p>`;
    case 'repeat_contact':
      return html`<p>${t.repeatContact(event.count)}</p><p class="text quoted">${event.description}</p>`;
  }
}

/** The latest message from support, when it asks the customer something that is not answered yet. */
function openQuestion(found: Case | undefined) {
  const messages = (found?.timeline ?? []).filter((event): event is Extract<CaseEvent, { type: 'message' }> => event.type === 'message');
  const last = messages.at(-1);
  return last?.author === 'support' && last.question ? last : undefined;
}

function messageForm(ctx: CasesViewContext, saved: SavedCase, found: Case | undefined): TemplateResult {
  const { t, cases } = ctx;
  const text = saved.messageDraft ?? '';
  const answering = openQuestion(found) !== undefined;
  const left = MESSAGE_MAX_LENGTH - text.length;
  const submit = (event: Event) => {
    event.preventDefault();
    void sendCaseMessage(cases, saved.reference, t.cases);
  };
  const describedBy = ['loket-message-hint', 'loket-message-counter', ...(cases.problem ? ['loket-message-problem'] : [])].join(' ');
  return html`<form class="message-form" @submit=${submit} novalidate>
    <label for="loket-message">${answering ? t.cases.answerLabel : t.cases.messageLabel}</label>
    <p class="hint" id="loket-message-hint">${t.cases.messageHint} ${t.describeHint}</p>
    <textarea part="input" id="loket-message" class="short" .value=${text} aria-describedby=${describedBy} aria-invalid=${cases.problem ? 'true' : 'false'}
      @input=${(event: InputEvent) => cases.setMessageDraft(saved.reference, (event.target as HTMLTextAreaElement).value)}></textarea>
    <p class="counter ${left < 0 ? 'over' : ''}" id="loket-message-counter">${t.charactersLeft(left)}</p>
    ${cases.problem ? html`<p class="problem" id="loket-message-problem" role="alert">${cases.problem}</p>` : nothing}
    <div class="actions">
      <button class="button end" part="button primary-button" type="submit" data-send-message aria-disabled=${cases.sending ? 'true' : 'false'} aria-busy=${cases.sending ? 'true' : 'false'}>
        ${cases.sending ? t.sending : answering ? t.cases.sendAnswer : t.cases.sendMessage}
      </button>
    </div>
  </form>`;
}

function closedNote(ctx: CasesViewContext, reference: string): TemplateResult {
  const { t, cases } = ctx;
  return html`${cases.problem ? html`<p class="problem" role="alert" data-message-problem>${cases.problem}</p>` : nothing}
    <p class="note" data-closed>${t.cases.closed}</p>
    <div class="actions">
      <button class="button end" part="button primary-button" type="button" data-new-report @click=${() => ctx.onNewReport(cases.takeMessageDraft(reference))}>${t.cases.newReport}</button>
    </div>`;
}
