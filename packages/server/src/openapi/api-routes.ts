import * as v from 'valibot';
import { CASE_PRIORITIES, CASE_STATUSES, DEVICE_TYPES, DOCS_REPORT_FORMATS, LocaleSchema, OS_VERSION_FILTER_PATTERN, SUPPORT_LEVELS } from '@loket/sdk';
import { API_TAGS } from './api-route';
import type { ApiRoute, QueryParameter } from './api-route';

const LOCALE_QUERY: QueryParameter = { schema: LocaleSchema, description: "The language of the articles; the site's own by default.", example: 'nl' };

/** The parameters of the documentation fix report, for both of its paths. */
const DOCS_REPORT_QUERY: Record<string, QueryParameter> = {
  since: {
    schema: v.string(),
    description: 'Start of the period: days back (`7d`, `30d`, `90d`), a date or time (`2026-10-01`, in the site\'s time zone unless a zone is given) or `all`. Default `30d`.',
    example: '30d',
  },
  locale: { schema: LocaleSchema, description: "Language of titles, topics, questions and answers; the site's own by default.", example: 'en' },
  format: {
    schema: v.picklist(DOCS_REPORT_FORMATS),
    description: '`json` (default), `markdown` or `csv`, the last two made by the SDK\'s `formatDocsReport`.',
    example: 'json',
  },
};

/** The documentation fix report as text, asked for with `format`. */
const DOCS_REPORT_TEXTS = {
  'text/markdown': { description: 'With `format=markdown`: the report for an issue tracker.', schema: { type: 'string' } },
  'text/csv': { description: 'With `format=csv`: one line per item.', schema: { type: 'string' } },
} as const;

/** The self-help texts of a customer on the demo site, shared by the examples. */
const REPORT_EXAMPLE = { locale: 'en', report: 'r-8c1f2a9e4b', topic: 'internet' } as const;

/**
 * Every endpoint of API v1, for the OpenAPI description. A test walks the routes of the app and
 * fails for an endpoint that is missing here, or for an entry here that the app does not have.
 */
export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'get', path: '/v1/health', operationId: 'getHealth', tag: API_TAGS.service,
    summary: 'Tells that the server is up',
    success: { status: 200, description: 'The server answers.', schema: 'Health' },
    withoutDatabase: true,
  },
  {
    method: 'get', path: '/v1/openapi.json', operationId: 'getOpenApi', tag: API_TAGS.service,
    summary: 'This description of the API (OpenAPI 3.1)',
    description: 'Generated from the valibot schemas of `@loket/sdk` that the server validates with. Readable from any origin.',
    success: { status: 200, description: 'The OpenAPI document.', otherContent: { 'application/json': { description: 'An OpenAPI 3.1 document.', schema: { type: 'object' } } } },
    withoutDatabase: true,
  },
  {
    method: 'get', path: '/v1/sites/:site/config', operationId: 'getSiteConfig', tag: API_TAGS.sites,
    summary: "What the widget needs to know of a site",
    description: 'The company name, the topics with their guided questions (the site\'s flows, with defaults filled in), the "next steps" sentence shown after filing, and limits.',
    success: { status: 200, description: 'The site\'s configuration.', schema: 'SiteConfig' },
    withoutDatabase: true,
  },
  {
    method: 'post', path: '/v1/sites/:site/cases', operationId: 'fileCase', tag: API_TAGS.sites,
    summary: 'Files a case',
    description: 'With an `Idempotency-Key`, a retry returns the same case. A report from the same e-mail address or browser on the same topic as an open case is added to that case (`"linked": true`, a new token). Keep `token`: it is the only way to read the case.',
    idempotent: true,
    body: {
      schema: 'CaseInput',
      example: {
        topic: 'other', answers: { subject: 'Contract' }, description: 'When does my contract end?', locale: 'en',
        environment: { os: { name: 'Windows', version: '11' }, browser: { name: 'Edge', version: '131' } },
        articlesTried: [{ article: 'restart-modem', outcome: 'not_solved' }],
        contact: { email: 'piet@example.nl' },
      },
    },
    success: { status: 201, description: 'The case was filed, or the report was added to the customer\'s open case.', schema: 'CaseCreated' },
  },
  {
    method: 'get', path: '/v1/sites/:site/articles', operationId: 'getArticles', tag: API_TAGS.selfHelp,
    summary: 'The knowledge base of one language',
    description: 'Every article with its searchable fields and its body as a tree of allowed elements (never HTML), and what the ranking learned from outcomes.',
    query: { locale: LOCALE_QUERY },
    success: { status: 200, description: 'The articles of the language.', schema: 'KnowledgeBase', versioned: true },
    errors: ['invalidLocale'],
  },
  {
    method: 'get', path: '/v1/sites/:site/articles/index', operationId: 'getArticleIndex', tag: API_TAGS.selfHelp,
    summary: 'The search index of the articles, as bytes',
    description: 'For the SDK\'s `readArticleIndex(bytes, articles, { version })`: the index of exactly what `GET …/articles` sends for the same version. The format is the SDK\'s to read, not a public contract.',
    query: { locale: LOCALE_QUERY },
    success: {
      status: 200, description: 'The index.', versioned: true,
      otherContent: { 'application/vnd.loket.article-index': { description: 'The serialized index (`serializeArticleIndex` in the SDK).' } },
    },
    errors: ['invalidLocale'],
  },
  {
    method: 'post', path: '/v1/sites/:site/suggest', operationId: 'suggestArticles', tag: API_TAGS.selfHelp,
    summary: 'The best articles for a report so far',
    description: 'Ranked with the same function the widget uses. An empty list means that no article fits.',
    body: { schema: 'SuggestInput', example: { locale: 'en', text: 'The internet keeps dropping', topic: 'internet', limit: 3 } },
    success: { status: 200, description: 'The suggestions, best first.', schema: 'Suggestions' },
  },
  {
    method: 'post', path: '/v1/sites/:site/impressions', operationId: 'recordImpressions', tag: API_TAGS.selfHelp,
    summary: 'Records the articles suggested on screen for a report',
    body: { schema: 'ImpressionInput', example: { ...REPORT_EXAMPLE, articles: ['restart-modem', 'modem-lights'] } },
    success: { status: 201, description: 'One row per distinct article was stored.', schema: 'ImpressionRecorded' },
  },
  {
    method: 'post', path: '/v1/sites/:site/attempts', operationId: 'recordAttempt', tag: API_TAGS.selfHelp,
    summary: 'Records what came of self-help',
    description: 'The text is stored only after personal details are replaced. Only `solved` and `not_solved` teach the ranking.',
    body: { schema: 'AttemptInput', example: { ...REPORT_EXAMPLE, article: 'restart-modem', outcome: 'not_solved', text: 'The internet keeps dropping' } },
    success: { status: 201, description: 'The attempt was stored.', schema: 'AttemptRecorded' },
  },
  {
    method: 'get', path: '/v1/cases/:reference', operationId: 'getCase', tag: API_TAGS.cases,
    summary: 'A case as the customer who filed it sees it',
    description: 'With the token returned when the case was filed (or linked), or the token of the link in an e-mail about it. The reference is case-insensitive.',
    auth: 'caseToken',
    success: { status: 200, description: 'The case with its timeline.', schema: 'Case' },
  },
  {
    method: 'post', path: '/v1/cases/:reference/messages', operationId: 'addCaseMessage', tag: API_TAGS.cases,
    summary: "Adds the customer's message or answer to a case",
    auth: 'caseToken', idempotent: true,
    body: { schema: 'MessageInput', example: { text: 'The light is orange.' } },
    success: { status: 201, description: 'The message was added; the case as `GET` returns it.', schema: 'Case' },
    errors: ['caseClosed'],
  },
  {
    method: 'get', path: '/v1/admin/sites/:site/cases', operationId: 'listCases', tag: API_TAGS.admin,
    summary: 'A page of cases, most recently updated first',
    description: 'Each case without timeline, environment and answers. A wrong or unknown filter gets `422` naming it.',
    auth: 'secretKey',
    query: {
      status: { schema: v.string(), description: `One status or several with commas, of: ${CASE_STATUSES.join(', ')}.`, example: 'new,in_progress' },
      priority: { schema: v.picklist(CASE_PRIORITIES), description: 'Only cases of this priority.' },
      level: { schema: v.picklist(SUPPORT_LEVELS.map(String)), description: 'Only cases at this support level.' },
      topic: { schema: v.string(), description: 'Only cases on this topic id.' },
      escalated: { schema: v.picklist(['true', 'false']), description: '`true`: escalated at least once; `false`: never.' },
      os: { schema: v.pipe(v.string(), v.maxLength(200)), description: 'Operating system by name as captured (case-insensitive).', example: 'Windows' },
      osVersion: { schema: v.pipe(v.string(), v.regex(OS_VERSION_FILTER_PATTERN)), description: 'With `os` only: that version or one under it (`10` matches `10` and `10.15.7`, not `100`).' },
      browser: { schema: v.pipe(v.string(), v.maxLength(200)), description: 'Browser by name as captured (case-insensitive).' },
      device: { schema: v.picklist(DEVICE_TYPES), description: 'Only cases from this kind of device.' },
      q: { schema: v.pipe(v.string(), v.maxLength(200)), description: 'Text in the reference, the description, a message or a repeat contact (case-insensitive).' },
      limit: { schema: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100)), 25), description: 'Cases per page.' },
      cursor: { schema: v.string(), description: '`nextCursor` of the previous page.' },
    },
    success: { status: 200, description: 'A page of cases.', schema: 'SupportCaseList' },
    errors: ['validationFailed'],
  },
  {
    method: 'get', path: '/v1/admin/sites/:site/cases/:reference', operationId: 'getSupportCase', tag: API_TAGS.admin,
    summary: 'A case as the support team sees it',
    auth: 'secretKey',
    success: { status: 200, description: 'The support case, timeline included.', schema: 'SupportCase' },
  },
  {
    method: 'post', path: '/v1/admin/sites/:site/cases/:reference/status', operationId: 'changeCaseStatus', tag: API_TAGS.admin,
    summary: 'Changes the status of a case',
    description: 'A `status` event is added only when the status changes. A `solved` or `closed` case owes no response.',
    auth: 'secretKey',
    body: { schema: 'StatusInput', example: { status: 'in_progress' } },
    success: { status: 200, description: 'The support case as it is now.', schema: 'SupportCase' },
  },
  {
    method: 'post', path: '/v1/admin/sites/:site/cases/:reference/messages', operationId: 'addSupportMessage', tag: API_TAGS.admin,
    summary: "Adds the support team's reply to a case",
    description: 'With `question`, the case waits for the customer; with `status`, the status changes in the same step.',
    auth: 'secretKey', idempotent: true,
    body: { schema: 'SupportMessageInput', example: { text: 'Which colour is the light?', question: true } },
    success: { status: 201, description: 'The reply was added; the support case as it is now.', schema: 'SupportCase' },
  },
  {
    method: 'get', path: '/v1/admin/sites/:site/insights/docs', operationId: 'getDocsReport', tag: API_TAGS.insights,
    summary: 'The documentation fix report of a site',
    description: 'Articles that did not help, questions no article answers, and topics and environments with many repeat contacts and escalations, ranked by customers affected (docs/insights.md).',
    auth: 'secretKey',
    query: DOCS_REPORT_QUERY,
    success: { status: 200, description: 'The report.', schema: 'DocsReport', otherContent: DOCS_REPORT_TEXTS },
    errors: ['validationFailed'],
  },
  {
    method: 'get', path: '/v1/admin/insights/docs', operationId: 'getDocsReportOfKey', tag: API_TAGS.insights,
    summary: 'The documentation fix report, with the site in the query',
    description: 'As `GET /v1/admin/sites/{site}/insights/docs`. `site` may be left out when the secret key belongs to exactly one site.',
    auth: 'secretKey',
    query: { site: { schema: v.string(), description: 'The site; needed when the key opens several.', example: 'demo' }, ...DOCS_REPORT_QUERY },
    success: { status: 200, description: 'The report.', schema: 'DocsReport', otherContent: DOCS_REPORT_TEXTS },
    errors: ['validationFailed', 'siteNotFound'],
  },
  {
    method: 'get', path: '/v1/admin/sites/:site/cases/:reference/export', operationId: 'exportCase', tag: API_TAGS.privacy,
    summary: 'Everything stored about one case',
    auth: 'secretKey',
    success: { status: 200, description: 'The export; written to the privacy log.', schema: 'PrivacyExport' },
  },
  {
    method: 'post', path: '/v1/admin/sites/:site/contacts/export', operationId: 'exportContact', tag: API_TAGS.privacy,
    summary: 'Everything stored about one e-mail address',
    description: 'The address is sent in the body, so it stays out of URLs and access logs. An address with nothing stored gets `cases: []`.',
    auth: 'secretKey',
    body: { schema: 'ContactSubjectInput', example: { email: 'piet@example.nl' } },
    success: { status: 200, description: 'The export; written to the privacy log.', schema: 'PrivacyExport' },
  },
  {
    method: 'post', path: '/v1/admin/sites/:site/cases/:reference/erase', operationId: 'eraseCase', tag: API_TAGS.privacy,
    summary: 'Erases one case',
    description: 'No body. Afterwards the case is gone: reading, exporting or erasing it gets `404 case_not_found`.',
    auth: 'secretKey',
    success: { status: 200, description: 'What was erased; written to the privacy log.', schema: 'Erasure' },
  },
  {
    method: 'post', path: '/v1/admin/sites/:site/contacts/erase', operationId: 'eraseContact', tag: API_TAGS.privacy,
    summary: 'Erases everything about one e-mail address',
    description: 'Erases every case the export by address lists and replaces the address with `[erased]` where other cases mention it, in one transaction. Erasing again gets every count `0`.',
    auth: 'secretKey',
    body: { schema: 'ContactSubjectInput', example: { email: 'piet@example.nl' } },
    success: { status: 200, description: 'What was erased; written to the privacy log.', schema: 'Erasure' },
  },
  {
    method: 'get', path: '/v1/admin/sites/:site/privacy-log', operationId: 'getPrivacyLog', tag: API_TAGS.privacy,
    summary: 'The newest 100 exports and erasures of a site',
    auth: 'secretKey',
    success: { status: 200, description: 'The log, newest first, without the data it was about.', schema: 'PrivacyLog' },
  },
];
