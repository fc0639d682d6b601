import type { Case, CaseEvent, SupportCase, SupportCaseSummary } from '@loket/sdk';
import type { CaseRow } from './case-row';
import { toIso } from './case-row';

/** A case as its customer sees it (`GET /v1/cases/:reference`): no e-mail address, priority or level. */
export function toCase(row: CaseRow, timeline: CaseEvent[]): Case {
  return {
    reference: row.reference,
    site: row.site,
    topic: row.topic,
    answers: row.answers,
    description: row.description,
    environment: row.environment,
    articlesTried: row.articles_tried,
    locale: row.locale,
    status: row.status,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    respondBy: toIso(row.respond_by),
    emailUpdates: row.email !== null,
    timeline,
  };
}

/** A case as the support team sees it: the customer's view plus how it is handled. */
export function toSupportCase(row: CaseRow, timeline: CaseEvent[]): SupportCase {
  return { ...toCase(row, timeline), ...handling(row) };
}

/** One case in the support team's list: without timeline, environment and answers. */
export function toSupportCaseSummary(row: CaseRow): SupportCaseSummary {
  const { timeline: _timeline, environment: _environment, answers: _answers, ...summary } = toSupportCase(row, []);
  return summary;
}

function handling(row: CaseRow) {
  return {
    priority: row.priority,
    level: row.level,
    email: row.email,
    contact: { email: row.email, name: row.contact_name, verified: row.email_verified },
    repeatContacts: row.repeat_contacts,
    failedAttempts: row.failed_attempts,
    escalations: row.escalations,
    firstResponseAt: toIso(row.first_response_at),
  };
}
