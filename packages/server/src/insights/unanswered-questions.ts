import { answerWords, termsOf } from '@loket/sdk';
import type { Answers, Flow, Locale, UnansweredInsight } from '@loket/sdk';
import type { Site } from '../sites/site-schema';
import { clusterVectors } from './cluster-reports';
import { CHOICE_KINDS, commonAnswers } from './common-answers';
import { compareText } from './compare-text';
import type { NoMatchReport } from './no-match-reports';
import { cosine, tfIdfVectors } from './term-vectors';
import { mostWrittenWords, writtenWords } from './written-words';

/** Fewest reports a group of unanswered questions needs to be on the report. */
export const MIN_REPORTS_IN_GROUP = 2;
/** Most words shown per group. */
export const MAX_GROUP_WORDS = 5;
/** Most examples shown per group. */
export const MAX_GROUP_EXAMPLES = 3;
/**
 * Fewest reports of a group a word must occur in to be shown: a word only one customer wrote (a
 * name, a customer number) says nothing about the group and may say something about that customer.
 */
export const MIN_REPORTS_PER_WORD = 2;

/** The answers chosen from the flow's options, without typed answers and dates (they may hold personal details). */
function chosenAnswers(flow: Flow, answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([question]) => {
    const kind = flow.questions.find((candidate) => candidate.id === question)?.kind;
    return kind !== undefined && CHOICE_KINDS.has(kind);
  }));
}

/**
 * Groups the reports no article was suggested for into questions the documents do not answer:
 * per topic, by the words customers wrote and the answers they chose (TF-IDF over all of the
 * period's unanswered reports, then `clusterVectors`). Groups of at least
 * {@link MIN_REPORTS_IN_GROUP} reports are returned with their most telling words, the answers at
 * least half of them share, and the examples nearest the group's centre.
 *
 * @param reports - From `loadNoMatchReports`, oldest first.
 * @param locale - Language of the question and answer texts.
 * @example
 * findUnansweredQuestions(site, await loadNoMatchReports(db, site.key, period, site.timeZone), 'en');
 */
export function findUnansweredQuestions(site: Site, reports: readonly NoMatchReport[], locale: Locale): Array<Omit<UnansweredInsight, 'rank'>> {
  const documents = reports.map((report) => {
    const flow = site.flows.find((candidate) => candidate.id === report.topic);
    const answered = flow ? answerWords(flow, chosenAnswers(flow, report.answers), report.locale) : '';
    return {
      terms: [...termsOf(report.text, report.locale), ...termsOf(answered, report.locale)],
      words: [...writtenWords(report.text, report.locale), ...writtenWords(answered, report.locale)],
    };
  });
  const vectors = tfIdfVectors(documents.map((document) => document.terms));
  const byTopic = new Map<string | null, number[]>();
  reports.forEach((report, index) => {
    const indexes = byTopic.get(report.topic) ?? [];
    indexes.push(index);
    byTopic.set(report.topic, indexes);
  });

  const items: Array<Omit<UnansweredInsight, 'rank'>> = [];
  for (const [topic, indexes] of byTopic) {
    const flow = site.flows.find((candidate) => candidate.id === topic);
    for (const cluster of clusterVectors(indexes.map((index) => vectors[index]!))) {
      if (cluster.members.length < MIN_REPORTS_IN_GROUP) continue;
      const members = cluster.members.map((member) => indexes[member]!);
      const wordOf = mostWrittenWords(members.flatMap((index) => documents[index]!.words));
      const reportsWith = (term: string) => members.filter((index) => documents[index]!.terms.includes(term)).length;
      const words = [...cluster.weights]
        .filter(([term]) => reportsWith(term) >= MIN_REPORTS_PER_WORD)
        .sort(([termA, a], [termB, b]) => b - a || compareText(termA, termB))
        .map(([term]) => wordOf.get(term) ?? term);
      const nearest = [...members].sort((a, b) => cosine(vectors[b]!, cluster.centroid) - cosine(vectors[a]!, cluster.centroid));
      items.push({
        kind: 'unanswered',
        affected: members.length,
        topic,
        words: [...new Set(words)].slice(0, MAX_GROUP_WORDS),
        answers: commonAnswers(flow, members.map((index) => reports[index]!.answers), locale),
        filed: members.filter((index) => reports[index]!.filed).length,
        examples: [...new Set(nearest.map((index) => reports[index]!.text.trim()).filter((text) => text !== ''))].slice(0, MAX_GROUP_EXAMPLES),
      });
    }
  }
  return items;
}
