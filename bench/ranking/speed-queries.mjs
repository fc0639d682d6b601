// Queries for the ranking speed benchmark, as the widget sends them while a customer types: the
// texts of bench/ranking/queries.json and unanswerable.json as typed (the last word still being
// completed), cut off halfway through typing, finished with a typo, and with the answers of the
// topic's flow. Every query carries an environment, as the widget always captures one. Seeded.
import { answerWords } from '../../packages/sdk/dist/index.js';
import { ENVIRONMENTS } from './corpus-words.mjs';
import { createRandom } from './random.mjs';

/** The text cut off somewhere in its second half, as if the customer is still typing. */
function halfTyped(text, random) {
  const end = random.integer(Math.ceil(text.length * 0.5), Math.max(Math.ceil(text.length * 0.5), text.length - 1));
  return text.slice(0, Math.max(3, end));
}

/** The text with one long word misspelt (two letters swapped, one dropped or one doubled), finished. */
function misspelt(text, random) {
  const words = text.split(' ');
  const long = words.map((word, index) => [word, index]).filter(([word]) => /^\p{L}{5,}$/u.test(word));
  if (long.length === 0) return `${text} `;
  const [word, index] = random.pick(long);
  const at = random.integer(1, word.length - 2);
  const typos = [
    word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
    word.slice(0, at) + word.slice(at + 1),
    word.slice(0, at) + word[at] + word.slice(at),
  ];
  words[index] = random.pick(typos);
  return `${words.join(' ')} `;
}

/** The answers a customer could give in the topic's flow, in words (some options of each question). */
function answersIn(flow, locale, random) {
  const answers = {};
  for (const question of flow.questions) {
    const ids = (question.options ?? []).map((option) => option.id);
    if (ids.length === 0) continue;
    answers[question.id] = question.kind === 'multiple' ? random.sample(ids, random.integer(1, 2)) : random.pick(ids);
  }
  return answerWords(flow, answers, locale);
}

/**
 * Queries in the shape `Knowledge.rank` takes, plus their locale.
 *
 * @param options.site - The demo site with its flows.
 * @param options.texts - Queries with `locale`, `text` and optionally `topic` and `environment`.
 * @returns `{ locale, text, answerText, topic?, environment }` for each variation.
 */
export function createSpeedQueries({ site, texts, seed }) {
  const random = createRandom(seed);
  return texts.flatMap(({ locale, text, topic, environment }) => {
    const query = { locale, answerText: '', ...(topic ? { topic } : {}), environment: environment ?? random.pick(ENVIRONMENTS) };
    const flow = site.flows.find((candidate) => candidate.id === topic);
    return [
      { ...query, text },
      { ...query, text: halfTyped(text, random) },
      { ...query, text: misspelt(text, random) },
      ...(flow ? [{ ...query, text: `${text} `, answerText: answersIn(flow, locale, random) }] : []),
    ];
  });
}
