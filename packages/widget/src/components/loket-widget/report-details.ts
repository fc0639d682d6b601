import { visibleQuestions } from '@loket/sdk';
import type { Environment, Flow, Locale } from '@loket/sdk';
import { applyCorrections } from '../../internal/corrections';
import { contactFields } from '../../internal/contact-fields';
import type { Report } from '../../internal/draft-store';
import type { Identity } from '../../internal/open-options';
import { describeEnvironment } from '../../internal/environment-rows';
import type { Translation } from '../../translations/index';
import type { StepContext } from './steps';

/** What {@link reportDetails} reads. */
export type ReportDetailsSource = {
  report: Report;
  flow: Flow | undefined;
  /** As detected, before the customer's corrections and removals. */
  environment: Environment;
  t: Translation;
  locale: Locale;
  /** The title of an article, by id. */
  title(id: string): string;
  /** Who the host page says the customer is. */
  identity: Identity;
};

/**
 * What the report's steps show of the report so far: its answers and the questions they answer,
 * the description, the environment as it will be sent (corrected, minus what the customer
 * removed, with the fields the topic needs marked) and the articles tried.
 */
export function reportDetails({ report, flow, environment, t, locale, title, identity }: ReportDetailsSource): Pick<
  StepContext,
  'answers' | 'questions' | 'description' | 'email' | 'name' | 'environmentRows' | 'removedCount' | 'neededRemoved' | 'tried'
> {
  const needs = new Set<string>(flow?.environment.needs ?? []);
  const { email, name } = contactFields(report, identity);
  const removed = new Set(report.removed);
  const rows = describeEnvironment(applyCorrections(environment, report.corrections), t, locale);
  return {
    answers: report.answers,
    questions: flow ? visibleQuestions(flow, report.answers) : [],
    description: report.description,
    email,
    name,
    environmentRows: rows.filter((row) => !removed.has(row.key)).map((row) => ({ ...row, needed: needs.has(row.key) })),
    removedCount: removed.size,
    neededRemoved: report.removed.some((key) => needs.has(key)),
    tried: report.articlesTried.map((tried) => ({ title: title(tried.article) })),
  };
}
