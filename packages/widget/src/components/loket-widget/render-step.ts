import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Answer, Article, Question } from '@loket/sdk';
import type { Check, ConfirmField, Corrections } from '../../internal/corrections';
import type { StepKey } from '../../internal/report-steps';
import { confirmStep } from './confirm-step';
import { questionStep } from './question-step';
import { articleView, solvedStep, suggestionList, suggestStep } from './self-help-views';
import type { SuggestionItem } from './self-help-views';
import { describeStep, doneStep, reviewStep } from './steps';
import { topicStep } from './topic-step';
import type { StepContext } from './steps';

/** Everything the current view needs: the step's context plus what the step-specific views use. */
export type StepView = StepContext & {
  step: StepKey;
  /** The article being read, which covers the step while open. */
  article?: Article;
  recording: boolean;
  /** The question of a question step, and its answer so far. */
  question?: Question;
  answer?: Answer;
  confirm: { fields: readonly ConfirmField[]; detected: Partial<Record<ConfirmField, { name: string; version?: string }>>; corrections: Corrections };
  /** Suggestions for the answers so far; `undefined` while the articles load. */
  suggestions: SuggestionItem[] | undefined;
  /** Suggestions for what the customer is typing. */
  typing: SuggestionItem[];
  onAnswer(answer: Answer): void;
  onCheck(field: ConfirmField, check: Check): void;
  onOpenArticle(id: string): void;
  onCloseArticle(): void;
  onArticleOutcome(outcome: 'solved' | 'not_solved'): void;
};

/** Draws the current step, or the open article over it. */
export function renderStep(view: StepView): TemplateResult {
  const { t, step } = view;
  if (view.article) {
    return articleView({
      t, article: view.article, recording: view.recording,
      onSolved: () => view.onArticleOutcome('solved'), onNotSolved: () => view.onArticleOutcome('not_solved'), onBack: view.onCloseArticle,
    });
  }
  if (view.question) {
    // Keyed: each question gets its own controls, so no checked state carries over between questions.
    return html`${keyed(view.question.id, questionStep({
      t, locale: view.locale, question: view.question, answer: view.answer, problem: view.problem,
      onAnswer: view.onAnswer, onNext: view.onNext, onBack: view.onBack,
    }))}`;
  }
  if (step === 'confirm' && view.flow) {
    return confirmStep({ t, ...view.confirm, problem: view.problem, onCheck: view.onCheck, onNext: view.onNext, onBack: view.onBack });
  }
  if (step === 'suggest' && view.flow) {
    return suggestStep({ t, suggestions: view.suggestions, onOpen: view.onOpenArticle, onNext: view.onNext, onBack: view.onBack });
  }
  if (step === 'describe' && view.flow) {
    return html`${describeStep(view)}
      <div class="typing-suggestions" aria-live="polite" ?hidden=${view.typing.length === 0}>
        ${view.typing.length > 0 ? html`<p>${t.suggestWhileTyping}</p>${suggestionList(t, view.typing, view.onOpenArticle)}` : nothing}
      </div>`;
  }
  if (step === 'solved') return solvedStep(t, view.onNewReport, view.onClose);
  if (step === 'done') return doneStep(view);
  if (step === 'review' && view.flow) return reviewStep(view);
  return topicStep(view);
}

/**
 * "Step 2 of 5" with a bar; nothing before a topic is chosen (the number of steps is unknown) or over an article.
 * The bar is drawn with SVG attributes rather than an inline style, which a page's strict Content
 * Security Policy (no `'unsafe-inline'` styles) would refuse.
 */
export function progressBar(view: StepView, steps: StepKey[]): TemplateResult | typeof nothing {
  const number = steps.indexOf(view.step) + 1;
  if (number === 0 || !view.flow || view.article) return nothing;
  return html`<div class="progress">${view.t.stepOf(number, steps.length)}
    <svg class="progress-bar" aria-hidden="true" viewBox="0 0 ${steps.length} 1" preserveAspectRatio="none"><rect width=${number} height="1"></rect></svg>
  </div>`;
}
