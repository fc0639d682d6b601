// A large knowledge base for the ranking speed benchmark, generated from the demo site's articles:
// each variant of a demo article names another product, situation, device, service, town and
// error code, may apply only to some environments, keeps part of its sections and borrows
// sections from articles of the same topic. Seeded, so every run measures the same articles.
import { createHash } from 'node:crypto';
import { learnFromOutcomes, treeText } from '../../packages/sdk/dist/index.js';
import { APPS, DEVICES, MODEMS, PRODUCT_HEADINGS, PRODUCT_PARAGRAPHS, RULES, SERVICES, SITUATIONS, TESTED_WITH, TOWNS } from './corpus-words.mjs';
import { createRandom } from './random.mjs';

const LOCALES = ['nl', 'en'];

/** Replaces every `{name}` in a template with the variant's word. */
const fill = (template, words) => template.replace(/\{(\w+)\}/g, (_, name) => words[name]);

/** The demo's product names in the variant's products, keeping lower case where the writer used it. */
function retarget(text, words) {
  const swap = (pattern, name) => (value) => value.replace(pattern, (found) => (found === found.toLowerCase() ? name.toLowerCase() : name));
  return [swap(/Zeewind Modem 3/gi, words.modem), swap(/Zeewind Thuis/gi, words.app)].reduce((result, apply) => apply(result), text);
}

/** The same tree with `change` applied to every text in it. */
const mapText = (nodes, change) =>
  nodes.map((node) => (typeof node === 'string' ? change(node) : node.children ? { ...node, children: mapText(node.children, change) } : node));

/** An article's body as its introduction (before the first heading) and its sections (a heading and what follows). */
function sectionsOf(body) {
  const parts = [[]];
  for (const node of body) {
    if (typeof node !== 'string' && node.tag === 'h3') parts.push([]);
    parts.at(-1).push(node);
  }
  return { intro: parts[0], sections: parts.slice(1) };
}

/**
 * Made-up names of devices, apps and models (`Belvaro`, `Trisenko`): a real help centre names
 * thousands of them, which its vocabulary (and so the search for misspelt words) has to hold.
 */
function createNames(seed, count) {
  const random = createRandom(seed);
  const syllable = () => random.pick(['b', 'br', 'd', 'f', 'g', 'k', 'kl', 'l', 'm', 'n', 'p', 'r', 's', 'st', 't', 'tr', 'v', 'z']) + random.pick(['a', 'e', 'i', 'o', 'u', 'ei', 'oo', 'ar', 'en', 'ol']);
  const names = new Set();
  while (names.size < count) {
    const name = Array.from({ length: random.integer(2, 4) }, syllable).join('') + random.pick(['', 'x', 'n', 's', 'o']);
    names.add(name[0].toUpperCase() + name.slice(1));
  }
  return [...names];
}

const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const paragraph = (text) => ({ tag: 'p', children: [text] });

/**
 * Variant `number` of a demo article in one language. The choices come from a generator seeded
 * with the number, so the Dutch and English variants with the same id say the same things.
 */
function createVariant(pairs, names, number, locale, seed) {
  const random = createRandom(seed * 100_003 + number);
  const pair = random.pick(pairs);
  const base = pair[locale];
  // A demo article written for some environments keeps its appliesTo; the others may get one.
  const rule = base.appliesTo ? undefined : random.pick(RULES);
  const modem = random.pick(MODEMS);
  const choose = (list) => random.pick(list)[locale];
  const words = {
    modem: modem[locale], app: choose(APPS), situation: choose(SITUATIONS), device: choose(DEVICES),
    service: random.pick(SERVICES), town: random.pick(TOWNS),
    code: `${random.pick(['E', 'W', 'N', 'T', 'P'])}-${random.integer(100, 999)}`,
    firmware: `${random.integer(3, 9)}.${random.integer(0, 20)}.${random.integer(0, 99)}`,
  };
  const title = retarget(base.title, words);
  const titles = [`${title} ${words.situation}`, `${title} (${words.modem})`, `${words.device}: ${title}`, `${title} ${words.situation} (${words.modem})`];
  const { intro, sections } = sectionsOf(base.body);
  const sibling = random.pick(pairs.filter((other) => other !== pair && other[locale].topics.some((topic) => base.topics.includes(topic))))?.[locale];
  const borrowed = sibling ? random.sample(sectionsOf(sibling.body).sections, random.integer(0, 2)) : [];
  const body = [
    ...mapText(intro, (text) => retarget(text, words)),
    paragraph(fill(random.pick(PRODUCT_PARAGRAPHS)[locale], words)),
    ...random.sample(sections, random.integer(2, sections.length)).flatMap((section) => mapText(section, (text) => retarget(text, words))),
    { tag: 'h3', children: [fill(random.pick(PRODUCT_HEADINGS)[locale], words)] },
    paragraph(fill(random.pick(PRODUCT_PARAGRAPHS)[locale], words)),
    paragraph(fill(TESTED_WITH[locale], { names: random.sample(names, random.integer(4, 12)).join(', ') })),
    ...borrowed.flatMap((section) => mapText(section, (text) => retarget(text, words))),
  ];
  const questions = random.sample(base.questions, random.integer(2, base.questions.length)).map((question) => retarget(question, words));
  if (random.chance(0.5)) questions.push(`${random.pick(base.questions)} ${words.situation}`);
  if (random.chance(0.3)) questions.push(`${words.device} ${random.pick(base.questions)}`);
  const extraTopic = random.chance(0.1) ? random.pick(pairs)[locale].topics : [];
  return {
    id: `${base.id}-${slug(modem.en)}-${number}`,
    locale,
    title: `${random.pick(titles)}${rule ? ` ${rule[locale]}` : ''}`.slice(0, 200),
    topics: [...new Set([...base.topics, ...extraTopic])],
    tags: [...random.sample(base.tags, random.integer(2, base.tags.length)), words.modem, words.device].map((tag) => retarget(tag, words).slice(0, 50)),
    questions: questions.map((question) => question.slice(0, 300)),
    ...(rule ? { appliesTo: rule.appliesTo } : base.appliesTo ? { appliesTo: base.appliesTo } : {}),
    text: treeText(body),
    body,
  };
}

/**
 * What customers taught the ranking: for each labelled query, "solved" on two articles about its
 * expected demo article (the original or a variant), and now and then "did not help" on another.
 */
function learnedOf(articles, queries, locale, seed) {
  const random = createRandom(seed);
  const outcomes = [];
  for (const query of queries.filter((candidate) => candidate.locale === locale)) {
    const about = articles.filter((article) => article.id === query.expected || article.id.startsWith(`${query.expected}-`));
    for (const article of random.sample(about, 2)) outcomes.push({ article: article.id, locale, text: query.text, outcome: 'solved' });
    if (random.chance(0.15)) outcomes.push({ article: random.pick(articles).id, locale, text: query.text, outcome: 'not_solved' });
  }
  return learnFromOutcomes(outcomes);
}

/**
 * The knowledge base of each language as `GET /v1/sites/:site/articles?locale=…` serves it: the
 * demo's own articles plus generated variants, `perLocale` in all, and what was learned.
 *
 * @param options.site - The demo site, as the server's `loadSite` reads it.
 * @param options.queries - Labelled queries (bench/ranking/queries.json), to learn from.
 * @returns Per locale: `{ site, locale, version, articles, learned }`.
 */
export function createKnowledgeBases({ site, queries, perLocale, seed }) {
  const byId = (locale) => new Map(site.articles.filter((article) => article.locale === locale).map((article) => [article.id, article]));
  const [nl, en] = LOCALES.map(byId);
  const pairs = [...nl.keys()].filter((id) => en.has(id)).map((id) => ({ nl: nl.get(id), en: en.get(id) }));
  const names = createNames(seed, 6000);
  return Object.fromEntries(LOCALES.map((locale) => {
    const own = site.articles.filter((article) => article.locale === locale);
    const variants = Array.from({ length: perLocale - own.length }, (_, number) => createVariant(pairs, names, number, locale, seed));
    const articles = [...own, ...variants];
    const learned = learnedOf(articles, queries, locale, seed);
    // The ETag the server computes (packages/server/src/kb/site-knowledge.ts), so the payload is the size it serves.
    const version = createHash('sha256').update(JSON.stringify([articles, learned])).digest('base64url').slice(0, 16);
    return [locale, { site: site.key, locale, version, articles, learned }];
  }));
}
