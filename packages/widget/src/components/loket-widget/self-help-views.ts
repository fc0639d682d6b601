import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Article } from '@loket/sdk';
import { renderArticle } from '../../internal/render-article';
import { closeButton } from './close-button';
import type { Translation } from '../../translations/index';

/** An article to offer: its id and title. */
export type SuggestionItem = { id: string; title: string };

/** A list of articles to open, e.g. under the description while the customer types. */
export function suggestionList(t: Translation, items: SuggestionItem[], onOpen: (id: string) => void): TemplateResult {
  return html`<ul class="suggestions">
    ${items.map(
      (item) => html`<li>
        <button class="suggestion" type="button" data-article=${item.id} aria-label=${t.readArticle(item.title)} @click=${() => onOpen(item.id)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h9l4 4v14H6z M14 3v5h5" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/></svg>
          <span>${item.title}</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

/** What the suggest step needs. */
export type SuggestStepContext = {
  t: Translation;
  /** `undefined` while the articles load. */
  suggestions: SuggestionItem[] | undefined;
  onOpen(id: string): void;
  onNext(): void;
  onBack(): void;
};

/** After the guided questions: the articles that fit the answers, or a plain word that none does. */
export function suggestStep(ctx: SuggestStepContext): TemplateResult {
  const { t } = ctx;
  const none = ctx.suggestions !== undefined && ctx.suggestions.length === 0;
  return html`<h3 id="loket-step-heading" tabindex="-1">${none ? t.describeHeading : t.suggestHeading}</h3>
    ${ctx.suggestions === undefined
      ? html`<p role="status">${t.loading}</p>`
      : none
        ? html`<p class="note" data-no-match>${t.noMatch}</p>`
        : html`<p class="hint">${t.suggestIntro}</p>${suggestionList(t, ctx.suggestions, ctx.onOpen)}`}
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${ctx.onBack}>${t.back}</button>
      <button class="button end ${none ? '' : 'secondary'}" part="button ${none ? 'primary-button' : ''}" type="button" @click=${ctx.onNext}>${none ? t.next : t.skipToDescribe}</button>
    </div>`;
}

/** What the article view needs. */
export type ArticleViewContext = {
  t: Translation;
  article: Article;
  recording: boolean;
  onSolved(): void;
  onNotSolved(): void;
  onBack(): void;
};

/** One article, rendered from its tree (never HTML), with "did this solve it?". */
export function articleView(ctx: ArticleViewContext): TemplateResult {
  const { t } = ctx;
  return html`<article class="article" data-article-view=${ctx.article.id} aria-labelledby="loket-step-heading">
      <p><button class="link" type="button" @click=${ctx.onBack}>← ${t.backToReport}</button></p>
      <h3 id="loket-step-heading" tabindex="-1">${ctx.article.title}</h3>
      <div class="article-body" part="article">${renderArticle(ctx.article.body)}</div>
    </article>
    <div class="outcome" role="group" aria-labelledby="loket-outcome-question">
      <p id="loket-outcome-question"><strong>${t.articleQuestion}</strong></p>
      <div class="actions">
        <button class="button secondary" part="button" type="button" data-outcome="not_solved" ?disabled=${ctx.recording} @click=${ctx.onNotSolved}>${t.articleNotSolved}</button>
        <button class="button end" part="button primary-button" type="button" data-outcome="solved" ?disabled=${ctx.recording} @click=${ctx.onSolved}>${t.articleSolved}</button>
      </div>
    </div>`;
}

/** The friendly close when an article solved the problem. */
export function solvedStep(t: Translation, onNewReport: () => void, onClose: (() => void) | undefined): TemplateResult {
  return html`<h3 id="loket-step-heading" tabindex="-1">${t.solvedHeading}</h3>
    <p data-solved>${t.solvedText}</p>
    <div class="actions">
      <button class="button secondary" part="button" type="button" @click=${onNewReport}>${t.newReport}</button>
      ${closeButton(t, onClose)}
    </div>`;
}

/** The articles already tried, as the review lists them. */
export function triedArticles(t: Translation, tried: { title: string }[]): TemplateResult | typeof nothing {
  if (tried.length === 0) return nothing;
  return html`<h4>${t.triedArticles}</h4>
    <ul class="tried">${tried.map((item) => html`<li>${item.title} · <em>${t.triedNotSolved}</em></li>`)}</ul>`;
}
