import { answerWords, pruneAnswers } from '@loket/sdk';
import type { AttemptInput, CaseInput, Environment, Flow, Locale } from '@loket/sdk';
import { contactFields } from './contact-fields';
import type { Report } from './draft-store';
import type { Identity } from './open-options';
import type { ArticleQuery } from './knowledge';

/** The report so far, as the ranking sees it; `environment` is what would be sent. */
export function articleQueryOf(report: Report, flow: Flow | undefined, locale: Locale, environment: Environment): ArticleQuery {
  return {
    text: report.description,
    answerText: flow ? answerWords(flow, report.answers, locale) : '',
    ...(flow ? { topic: flow.id } : {}),
    environment,
  };
}

/** The report so far, as a self-help attempt records it. */
export function attemptReportOf(query: ArticleQuery, report: Report, flow: Flow | undefined, locale: Locale): Omit<AttemptInput, 'outcome' | 'article'> {
  return {
    locale,
    ...(query.topic ? { topic: query.topic } : {}),
    ...(report.id ? { report: report.id } : {}),
    answers: flow ? pruneAnswers(flow, report.answers) : {},
    text: query.text,
    environment: query.environment,
  };
}

/**
 * The report as a case to file: answers to hidden questions dropped, the environment the customer
 * kept, and how to recognise the customer: this browser's id, the e-mail address and name if
 * given (see {@link contactFields}), and the host page's signature of the address if it signed it.
 */
export function caseInputOf(report: Report, flow: Flow, locale: Locale, environment: Environment, browser: string, identity: Identity = {}): CaseInput {
  const { email, name, signature } = contactFields(report, identity);
  return {
    topic: flow.id,
    answers: pruneAnswers(flow, report.answers),
    description: report.description,
    environment,
    locale,
    articlesTried: report.articlesTried,
    contact: { browser, ...(email ? { email } : {}), ...(name ? { name } : {}), ...(email && signature ? { signature } : {}) },
    ...(report.id ? { report: report.id } : {}),
  };
}
