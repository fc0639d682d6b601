import type { DocsReport, DocsReportFormat, Insight } from '../schemas/insights';
import type { Locale } from '../schemas/locale';
import { describeInsight } from './describe-insight';

type Labels = {
  heading(site: string): string;
  period(since: string | null, until: string): string;
  totals(report: DocsReport): string;
  nothing: string;
  affected: string;
  kind: Record<Insight['kind'], string>;
  why: string;
  todo: string;
  funnel: [string, string, string, string, string, string];
  failsMost: string;
  examples: string;
  answers: string;
};

const day = (iso: string) => iso.slice(0, 10);

const LABELS: Record<Locale, Labels> = {
  en: {
    heading: (site) => `Documentation fix report: ${site}`,
    period: (since, until) => (since ? `Period: ${day(since)} to ${day(until)}.` : `Period: everything recorded until ${day(until)}.`),
    totals: ({ totals: t }) =>
      `${t.reports} reports got self-help: ${t.solved} solved by an article, ${t.failed} not, ${t.unanswered} without a matching article. ${t.cases} cases were filed; ${t.repeated} needed a repeat contact and ${t.escalated} were escalated.`,
    nothing: 'Nothing to fix in this period: no article failed repeatedly, every question found an article, and no topic stood out.',
    affected: 'Customers affected',
    kind: { failing_article: 'article that does not help', unanswered: 'question without an article', hotspot: 'repeat contacts and escalations' },
    why: 'Why it is on the list',
    todo: 'To do',
    funnel: ['Shown', 'Opened', 'Solved', 'Not solved', 'Failure rate', 'Cases after'],
    failsMost: 'Fails most on',
    examples: 'What customers wrote',
    answers: 'Common answers',
  },
  nl: {
    heading: (site) => `Verbeterlijst documentatie: ${site}`,
    period: (since, until) => (since ? `Periode: ${day(since)} tot ${day(until)}.` : `Periode: alles tot ${day(until)}.`),
    totals: ({ totals: t }) =>
      `${t.reports} hulpvragen kregen zelfhulp: ${t.solved} opgelost door een artikel, ${t.failed} niet, ${t.unanswered} zonder passend artikel. Er werden ${t.cases} meldingen gedaan; bij ${t.repeated} kwam de klant terug en ${t.escalated} werden geëscaleerd.`,
    nothing: 'Niets te verbeteren in deze periode: geen artikel faalde herhaaldelijk, elke vraag vond een artikel en geen onderwerp viel op.',
    affected: 'Getroffen klanten',
    kind: { failing_article: 'artikel dat niet helpt', unanswered: 'vraag zonder artikel', hotspot: 'herhaalde contacten en escalaties' },
    why: 'Waarom dit op de lijst staat',
    todo: 'Te doen',
    funnel: ['Getoond', 'Geopend', 'Opgelost', 'Niet opgelost', 'Faalt', 'Meldingen daarna'],
    failsMost: 'Faalt vooral op',
    examples: 'Wat klanten schreven',
    answers: 'Veelgegeven antwoorden',
  },
};

/**
 * Escapes text from customers and articles so Markdown shows it as written: no emphasis, code,
 * links (`[` is escaped, so `(` is harmless), HTML, table cells, or a heading, quote or list at
 * the start; on one line.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^([#>+-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

function markdownItem(item: Insight, report: DocsReport, labels: Labels): string[] {
  const text = describeInsight(item, report.locale, report.topics);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const lines = [
    `## ${item.rank}. ${escapeMarkdown(text.title)}`,
    '',
    `**${labels.affected}: ${item.affected}** · ${labels.kind[item.kind]}${item.kind === 'failing_article' ? ` · \`${item.article}\`` : ''}`,
    '',
    `${labels.why}: ${escapeMarkdown(text.why)}`,
    '',
  ];
  if (item.kind === 'failing_article') {
    lines.push(`| ${labels.funnel.join(' | ')} |`, `|${' ---: |'.repeat(labels.funnel.length)}`);
    lines.push(`| ${[item.shown, item.tried, item.solved, item.failed, percent(item.failureRate), item.filedAfter].join(' | ')} |`, '');
    if (item.environments.length > 0) {
      lines.push(`${labels.failsMost}:`, '');
      for (const entry of item.environments) lines.push(`- ${escapeMarkdown(entry.environment.label)}: ${percent(entry.failureRate)} (${entry.failed}/${entry.judged})`);
      lines.push('');
    }
  }
  if (item.kind === 'unanswered') {
    if (item.examples.length > 0) {
      lines.push(`${labels.examples}:`, '');
      for (const example of item.examples) lines.push(`> ${escapeMarkdown(example)}`, '');
    }
    if (item.answers.length > 0) {
      lines.push(`${labels.answers}:`, '');
      for (const answer of item.answers) lines.push(`- ${escapeMarkdown(answer.questionText)}: ${escapeMarkdown(answer.answerText)} (${answer.count})`);
      lines.push('');
    }
  }
  lines.push(`- [ ] ${labels.todo}: ${escapeMarkdown(text.action)}`, '');
  return lines;
}

function toMarkdown(report: DocsReport): string {
  const labels = LABELS[report.locale];
  const lines = [`# ${escapeMarkdown(labels.heading(report.site))}`, '', labels.period(report.since, report.until), '', labels.totals(report), ''];
  if (report.items.length === 0) lines.push(labels.nothing, '');
  for (const item of report.items) lines.push(...markdownItem(item, report, labels));
  return `${lines.join('\n').trimEnd()}\n`;
}

const CSV_COLUMNS = [
  'rank', 'kind', 'affected', 'title', 'why', 'action', 'article', 'topic', 'environment',
  'shown', 'tried', 'solved', 'failed', 'failure_rate', 'filed_after', 'filed', 'cases', 'repeated', 'repeat_contacts', 'escalated', 'examples',
] as const;

/**
 * Quotes a CSV field when needed, and defuses text a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@` at the start), since examples are customers' own words.
 */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(item: Insight, report: DocsReport): Record<(typeof CSV_COLUMNS)[number], string | number | undefined> {
  const text = describeInsight(item, report.locale, report.topics);
  const base = { rank: item.rank, kind: item.kind, affected: item.affected, title: text.title, why: text.why, action: text.action };
  switch (item.kind) {
    case 'failing_article':
      return {
        ...base, article: item.article, topic: undefined, environment: item.environments.map((entry) => entry.environment.label).join('; '),
        shown: item.shown, tried: item.tried, solved: item.solved, failed: item.failed, failure_rate: Number(item.failureRate.toFixed(3)),
        filed_after: item.filedAfter, filed: undefined, cases: undefined, repeated: undefined, repeat_contacts: undefined, escalated: undefined, examples: undefined,
      };
    case 'unanswered':
      return {
        ...base, article: undefined, topic: item.topic ?? undefined, environment: undefined, shown: undefined, tried: undefined, solved: undefined,
        failed: undefined, failure_rate: undefined, filed_after: undefined, filed: item.filed, cases: undefined, repeated: undefined,
        repeat_contacts: undefined, escalated: undefined, examples: item.examples.join(' | '),
      };
    case 'hotspot':
      return {
        ...base, article: undefined, topic: item.topic ?? undefined, environment: item.environment?.label, shown: undefined, tried: undefined,
        solved: undefined, failed: undefined, failure_rate: undefined, filed_after: undefined, filed: undefined, cases: item.cases,
        repeated: item.repeated, repeat_contacts: item.repeatContacts, escalated: item.escalated, examples: undefined,
      };
  }
}

function toCsv(report: DocsReport): string {
  const rows = report.items.map((item) => {
    const row = csvRow(item, report);
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  // The byte order mark tells Excel the file is UTF-8, so "geëscaleerd" is not garbled.
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/**
 * Turns the documentation fix report into text: `markdown` ready to paste into an issue tracker
 * (one section per item with a to-do), `csv` for a spreadsheet (one row per item, RFC 4180, with a
 * byte order mark for Excel), or
 * `json` as the API sends it. Sentences are in the report's language.
 *
 * @example
 * await writeFile('docs-report.md', formatDocsReport(await support.insights.docs(), 'markdown'));
 */
export function formatDocsReport(report: DocsReport, format: DocsReportFormat): string {
  if (format === 'markdown') return toMarkdown(report);
  if (format === 'csv') return toCsv(report);
  return `${JSON.stringify(report, null, 2)}\n`;
}
