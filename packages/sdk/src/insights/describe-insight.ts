import type { FailingArticleInsight, HotspotInsight, Insight, UnansweredInsight } from '../schemas/insights';
import type { Locale } from '../schemas/locale';
import type { EscalationReason } from '../schemas/timeline';

/** What an item of the documentation fix report is about, why it is on the list, and what to do. */
export type InsightText = {
  /** One line naming the problem, e.g. `Article “Installing on Windows 7 or 8” does not help`. */
  title: string;
  /** The numbers that put it on the list, in sentences. */
  why: string;
  /** What the documentation team could do about it. */
  action: string;
};

type Words = {
  failingTitle(title: string): string;
  failingWhy(item: FailingArticleInsight, percent: (share: number) => string): string;
  failsFor(label: string, rate: string, failed: number, judged: number): string;
  failingAction(worst: string | undefined): string;
  unansweredTitle(words: string, topic: string | undefined): string;
  unansweredWhy(item: UnansweredInsight): string;
  commonAnswer(question: string, answer: string, count: number): string;
  unansweredAction: string;
  hotspotTitle(subject: string): string;
  hotspotWhy(item: HotspotInsight): string;
  reasons: Record<EscalationReason, string>;
  hotspotAction(isTopic: boolean): string;
  topic(title: string): string;
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const EN: Words = {
  failingTitle: (title) => `Article “${title}” does not help`,
  failingWhy: (item, percent) =>
    `${plural(item.failed, 'customer', 'customers')} said it did not solve their problem, ${percent(item.failureRate)} of the ${item.solved + item.failed} who said whether it did. ` +
    `It was suggested in ${plural(item.shown, 'report', 'reports')} and opened in ${item.tried}; ${plural(item.filedAfter, 'case was', 'cases were')} filed after it did not help.`,
  failsFor: (label, rate, failed, judged) => `It fails for ${rate} of ${label} users (${failed} of ${judged}).`,
  failingAction: (worst) => (worst ? `Check the article's steps on ${worst} and say what to do there.` : 'Check the article against what these customers asked and rewrite the steps that do not work.'),
  unansweredTitle: (words, topic) => `No article answers “${words}”${topic ? ` (${topic})` : ''}`,
  unansweredWhy: (item) =>
    `${plural(item.affected, 'customer', 'customers')} asked about this and no article was suggested; ${item.filed} of them filed a case.`,
  commonAnswer: (question, answer, count) => `${count} answered “${question}” with “${answer}”.`,
  unansweredAction: 'Write an article that answers these questions, or add their words to an existing one.',
  hotspotTitle: (subject) => `${subject}: many repeat contacts and escalations`,
  hotspotWhy: (item) =>
    `${item.affected} of ${plural(item.cases, 'case', 'cases')} needed more than the first contact: ${item.repeated} came back (${plural(item.repeatContacts, 'repeat contact', 'repeat contacts')}) and ${item.escalated} ${item.escalated === 1 ? 'was' : 'were'} escalated.`,
  reasons: { failed_attempts: 'articles did not help', repeat_contacts: 'the customer came back', response_time_breached: 'the response time passed' },
  hotspotAction: (isTopic) => (isTopic ? 'Review the articles and questions of this topic: what do customers still need to call about?' : 'Check which articles and steps do not work in this environment, and say so in the articles.'),
  topic: (title) => `Topic “${title}”`,
};

const NL: Words = {
  failingTitle: (title) => `Artikel ‘${title}’ helpt niet`,
  failingWhy: (item, percent) =>
    `${plural(item.failed, 'klant', 'klanten')} zei${item.failed === 1 ? '' : 'den'} dat het hun probleem niet oploste: ${percent(item.failureRate)} van de ${item.solved + item.failed} die het lieten weten. ` +
    `Het werd voorgesteld bij ${plural(item.shown, 'hulpvraag', 'hulpvragen')} en ${item.tried} keer geopend; daarna ${item.filedAfter === 1 ? 'werd' : 'werden'} ${plural(item.filedAfter, 'melding', 'meldingen')} gedaan.`,
  failsFor: (label, rate, failed, judged) => `Het helpt ${rate} van de gebruikers van ${label} niet (${failed} van ${judged}).`,
  failingAction: (worst) => (worst ? `Controleer de stappen van het artikel op ${worst} en leg uit wat daar werkt.` : 'Vergelijk het artikel met wat deze klanten vroegen en herschrijf de stappen die niet werken.'),
  unansweredTitle: (words, topic) => `Geen artikel over ‘${words}’${topic ? ` (${topic})` : ''}`,
  unansweredWhy: (item) =>
    `${plural(item.affected, 'klant', 'klanten')} vroeg${item.affected === 1 ? '' : 'en'} hiernaar en kreeg geen artikel voorgesteld; ${item.filed} van hen ${item.filed === 1 ? 'deed' : 'deden'} een melding.`,
  commonAnswer: (question, answer, count) => `${count} antwoordden ‘${answer}’ op ‘${question}’.`,
  unansweredAction: 'Schrijf een artikel dat deze vragen beantwoordt, of neem hun woorden op in een bestaand artikel.',
  hotspotTitle: (subject) => `${subject}: veel herhaalde contacten en escalaties`,
  hotspotWhy: (item) =>
    `${item.affected} van ${plural(item.cases, 'melding', 'meldingen')} hadden meer nodig dan het eerste contact: bij ${item.repeated} kwam de klant terug (${plural(item.repeatContacts, 'herhaald contact', 'herhaalde contacten')}) en ${item.escalated} ${item.escalated === 1 ? 'werd' : 'werden'} geëscaleerd.`,
  reasons: { failed_attempts: 'artikelen hielpen niet', repeat_contacts: 'de klant kwam terug', response_time_breached: 'de reactietermijn verliep' },
  hotspotAction: (isTopic) => (isTopic ? 'Bekijk de artikelen en vragen van dit onderwerp: waarvoor moeten klanten nog bellen?' : 'Zoek uit welke artikelen en stappen in deze omgeving niet werken, en zet dat in de artikelen.'),
  topic: (title) => `Onderwerp ‘${title}’`,
};

const WORDS: Record<Locale, Words> = { en: EN, nl: NL };

/**
 * Says what an item of the documentation fix report is about, why it is on the list and what the
 * documentation team could do, in Dutch or English. The console, `loket report docs` and
 * {@link formatDocsReport} all use these sentences.
 *
 * @param topics - topic titles by id, as in `DocsReport.topics`.
 * @example
 * const { title, why } = describeInsight(report.items[0]!, 'en', report.topics);
 */
export function describeInsight(item: Insight, locale: Locale, topics: Readonly<Record<string, string>> = {}): InsightText {
  const words = WORDS[locale];
  const percent = (share: number) => new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share);
  switch (item.kind) {
    case 'failing_article': {
      const environments = item.environments.map((entry) => words.failsFor(entry.environment.label, percent(entry.failureRate), entry.failed, entry.judged));
      return {
        title: words.failingTitle(item.title),
        why: [words.failingWhy(item, percent), ...environments].join(' '),
        action: words.failingAction(item.environments[0]?.environment.label),
      };
    }
    case 'unanswered': {
      const topic = item.topic === null ? undefined : (topics[item.topic] ?? item.topic);
      const answers = item.answers.map((answer) => words.commonAnswer(answer.questionText, answer.answerText, answer.count));
      return {
        title: words.unansweredTitle(item.words.slice(0, 3).join(', '), topic),
        why: [words.unansweredWhy(item), ...answers].join(' '),
        action: words.unansweredAction,
      };
    }
    case 'hotspot': {
      const subject = item.topic !== null ? words.topic(topics[item.topic] ?? item.topic) : (item.environment?.label ?? '');
      const reasons = (Object.entries(item.reasons) as Array<[EscalationReason, number]>)
        .filter(([, count]) => count > 0)
        .map(([reason, count]) => `${words.reasons[reason]} (${count})`);
      return {
        title: words.hotspotTitle(subject),
        why: reasons.length > 0 ? `${words.hotspotWhy(item).replace(/\.$/, '')}: ${reasons.join(', ')}.` : words.hotspotWhy(item),
        action: words.hotspotAction(item.topic !== null),
      };
    }
  }
}
