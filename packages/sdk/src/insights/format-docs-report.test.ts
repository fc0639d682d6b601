import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DocsReportSchema } from '../schemas/insights';
import { describeInsight } from './describe-insight';
import { DOCS_REPORT_FIXTURE as report } from './docs-report.fixture';
import { formatDocsReport } from './format-docs-report';

const [failing, unanswered, hotspot] = report.items as [typeof report.items[number], typeof report.items[number], typeof report.items[number]];

describe('describeInsight', () => {
  it('says how often an article failed and where it fails most', () => {
    const text = describeInsight(failing, 'en', report.topics);
    expect(text.title).toBe('Article “Installing on Windows 7 or 8” does not help');
    expect(text.why).toContain('12 customers said it did not solve their problem, 80% of the 15 who said whether it did.');
    expect(text.why).toContain('suggested in 40 reports and opened in 30; 9 cases were filed after it did not help.');
    expect(text.why).toContain('It fails for 80% of Windows 7 users (8 of 10).');
    expect(text.action).toContain('Windows 7');
  });

  it('names unanswered questions by their words, topic and common answers', () => {
    const text = describeInsight(unanswered, 'en', report.topics);
    expect(text.title).toBe('No article answers “samsung, code, app” (Television)');
    expect(text.why).toBe('7 customers asked about this and no article was suggested; 4 of them filed a case. 6 answered “Where do you watch?” with “Smart TV”.');
  });

  it('counts repeat contacts and escalations by reason for a hotspot', () => {
    const text = describeInsight(hotspot, 'en', report.topics);
    expect(text.title).toBe('Topic “Wi-Fi”: many repeat contacts and escalations');
    expect(text.why).toBe('5 of 20 cases needed more than the first contact: 4 came back (6 repeat contacts) and 3 were escalated: articles did not help (1), the customer came back (2).');
  });

  it('speaks Dutch', () => {
    expect(describeInsight(failing, 'nl', report.topics).title).toBe('Artikel ‘Installing on Windows 7 or 8’ helpt niet');
    expect(describeInsight(failing, 'nl', report.topics).why).toContain('Het helpt 80% van de gebruikers van Windows 7 niet (8 van 10).');
    expect(describeInsight(hotspot, 'nl', report.topics).why).toContain('de klant kwam terug (2)');
  });

  it('falls back to the topic id when the title is unknown', () => {
    expect(describeInsight(hotspot, 'en').title).toBe('Topic “wifi”: many repeat contacts and escalations');
  });
});

describe('formatDocsReport', () => {
  it('writes Markdown with one section and to-do per item, in rank order', () => {
    const markdown = formatDocsReport(report, 'markdown');
    const headings = markdown.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual([
      '## 1. Article “Installing on Windows 7 or 8” does not help',
      '## 2. No article answers “samsung, code, app” (Television)',
      '## 3. Topic “Wi-Fi”: many repeat contacts and escalations',
    ]);
    expect(markdown).toContain('**Customers affected: 12** · article that does not help · `installer-windows-7-8`');
    expect(markdown).toContain('| 40 | 30 | 3 | 12 | 80% | 9 |');
    expect(markdown).toContain('- Windows 7: 80% (8/10)');
    expect(markdown.match(/^- \[ \] To do: /gm)).toHaveLength(3);
    expect(markdown).toContain('Period: 2026-10-24 to 2026-11-23.');
  });

  it('shows customers’ words as text, not as Markdown or HTML', () => {
    const markdown = formatDocsReport(report, 'markdown');
    expect(markdown).toContain('> =HYPERLINK("x") \\<b\\>bold\\</b\\> \\| pipe');
    expect(markdown).not.toContain('<b>');
  });

  it('escapes a heading, quote or list marker at the start of customer text', () => {
    const item = { ...unanswered, examples: ['# not a heading', '- not a list', '1. not a list', 'one\r\r# and no heading after a lone carriage return'] };
    const markdown = formatDocsReport({ ...report, items: [item] }, 'markdown');
    expect(markdown).toContain('> \\# not a heading');
    expect(markdown).toContain('> \\- not a list');
    expect(markdown).toContain('> 1\\. not a list');
    expect(markdown).toContain('> one # and no heading after a lone carriage return');
    expect(markdown).not.toContain('\r');
  });

  it('says so when there is nothing to fix', () => {
    expect(formatDocsReport({ ...report, items: [] }, 'markdown')).toContain('Nothing to fix in this period');
    expect(formatDocsReport({ ...report, locale: 'nl', items: [] }, 'markdown')).toContain('Niets te verbeteren');
  });

  it('writes CSV with a header, one row per item, quoted fields and defused formulas', () => {
    const csv = formatDocsReport(report, 'csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('rank,kind,affected,title,why,action,article,topic,environment,shown,tried,solved,failed,failure_rate,filed_after,filed,cases,repeated,repeat_contacts,escalated,examples');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^1,failing_article,12,Article “Installing on Windows 7 or 8” does not help,"12 customers said/);
    expect(lines[1]).toContain(',installer-windows-7-8,,Windows 7,40,30,3,12,0.8,9,');
    expect(lines[2]).toContain(`"The TV app on my Samsung asks for a code | =HYPERLINK(""x"") <b>bold</b> | pipe"`);
    expect(lines[3]).toContain(',wifi,,,,,,,,,20,4,6,3,');
  });

  it('puts an apostrophe before a cell that a spreadsheet would run as a formula', () => {
    const item = { ...unanswered, examples: ['=1+1'] };
    const csv = formatDocsReport({ ...report, items: [item] }, 'csv');
    expect(csv).toContain(",'=1+1\r\n");
  });

  it('writes JSON that reads back as the same report', () => {
    expect(v.parse(DocsReportSchema, JSON.parse(formatDocsReport(report, 'json')))).toEqual(report);
  });
});
