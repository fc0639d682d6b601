import { answerWords, pruneAnswers } from '@loket/sdk';
import type { AttemptInput, CaseInput, Environment, Flow, Locale } from '@loket/sdk';
import type { Report } from './draft-store';
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
 * kept, and how to recognise the customer: this browser's id, and the e-mail address if given.
 */
export function caseInputOf(report: Report, flow: Flow, locale: Locale, environment: Environment, browser: string): CaseInput {
  const email = report.email.trim();
  return {
    topic: flow.id,
    answers: pruneAnswers(flow, report.answers),
    description: report.description,
    environment,
    locale,
    articlesTried: report.articlesTried,
    contact: { browser, ...(email ? { email } : {}) },
    ...(report.id ? { report: report.id } : {}),
  };
}
