import type { Answer, Environment, Flow } from '@loket/sdk';
import { checkDetail, detected } from '../../internal/corrections';
import type { Report } from '../../internal/draft-store';
import type { ArticleQuery } from '../../internal/knowledge';
import { questionIdOf } from '../../internal/report-steps';
import type { StepView } from './render-step';
import type { SelfHelpController } from './self-help-controller';
import type { StepContext } from './steps';

/** What the widget lends the step-specific views: its state and the few actions they take. */
export type StepSource = {
  report: Report;
  flow: Flow | undefined;
  environment: Environment;
  selfHelp: SelfHelpController;
  articleQuery(): ArticleQuery;
  change(patch: Partial<Report>): void;
  /** Clears the message of the current step once the customer acts on it; with `field`, only a message about that field. */
  clearProblem(field?: 'description' | 'email'): void;
  /** Where the views are drawn. */
  root: ParentNode;
  /** Runs after the next render, e.g. to move focus. */
  afterRender(act: (root: ParentNode) => void): void;
  /** Moves focus to the heading after the next render. */
  focusHeading(): void;
  articleOutcome(outcome: 'solved' | 'not_solved'): void;
};

/**
 * What the question, confirm and self-help views need on top of the step context. Handlers read
 * the report when they run, not when they were rendered: events can come faster than renders.
 */
export function stepSpecifics(
  source: StepSource,
): Omit<StepView, keyof StepContext> & Pick<StepContext, 'onDescriptionInput' | 'onNameInput' | 'onEmailInput' | 'onRemoveField' | 'onRestoreFields'> {
  const { step, answers, corrections, articlesTried } = source.report;
  const question = source.flow?.questions.find((candidate) => candidate.id === questionIdOf(step));
  const { selfHelp } = source;
  const suggestions = step === 'suggest' ? selfHelp.suggestions(source.articleQuery(), articlesTried.map((item) => item.article)) : [];
  if (suggestions) selfHelp.shown(suggestions);
  return {
    step,
    article: selfHelp.article,
    recording: selfHelp.recording,
    question,
    answer: question ? answers[question.id] : undefined,
    confirm: {
      fields: source.flow?.environment.confirm ?? [],
      detected: { os: detected(source.environment, 'os'), browser: detected(source.environment, 'browser') },
      corrections,
    },
    suggestions,
    typing: selfHelp.typing,
    onAnswer: (answer: Answer) => {
      if (!question) return;
      source.change({ answers: { ...source.report.answers, [question.id]: answer } });
      source.clearProblem();
    },
    onCheck: (field, check) => {
      const current = source.report.corrections;
      source.change({ corrections: { ...current, [field]: checkDetail(detected(source.environment, field), current[field], check) } });
      source.clearProblem();
    },
    onOpenArticle: (id) => {
      selfHelp.open(id);
      source.focusHeading();
    },
    onCloseArticle: () => {
      selfHelp.close();
      source.focusHeading();
    },
    onArticleOutcome: (outcome) => source.articleOutcome(outcome),
    onDescriptionInput: (event) => {
      source.change({ description: (event.target as HTMLTextAreaElement).value });
      source.clearProblem('description');
      selfHelp.scheduleTyping(() => source.articleQuery(), () => source.report.articlesTried.map((tried) => tried.article));
    },
    onNameInput: (event) => source.change({ name: (event.target as HTMLInputElement).value }),
    onEmailInput: (event) => {
      source.change({ email: (event.target as HTMLInputElement).value });
      source.clearProblem('email');
    },
    onRemoveField: (key) => {
      const keys = [...source.root.querySelectorAll<HTMLElement>('.environment li')].map((row) => row.dataset.field);
      const next = keys[keys.indexOf(key) + 1] ?? keys[keys.indexOf(key) - 1];
      source.change({ removed: [...source.report.removed, key] });
      // Keep the keyboard user's place: the next row's button, or the list's heading when it is empty.
      source.afterRender((root) =>
        (root.querySelector<HTMLElement>(`.environment li[data-field="${next}"] .remove`) ?? root.querySelector<HTMLElement>('#loket-environment-heading'))?.focus(),
      );
    },
    onRestoreFields: () => {
      source.change({ removed: [] });
      source.afterRender((root) => root.querySelector<HTMLElement>('.environment .remove')?.focus());
    },
  };
}
