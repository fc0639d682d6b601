import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { ArticleFrontMatterSchema, markdownToTree, toFieldErrors, treeText } from '@loket/sdk';
import type { Article } from '@loket/sdk';
import { displayPath } from '../sites/load-flows';
import { isReadable, parseConfigText } from '../sites/read-config-file';

/** Articles read from a folder, and every problem found in it (`file:line: explanation`). */
export type LoadedArticles = { articles: Article[]; problems: string[] };

/** Options for {@link loadArticles}. */
export type LoadArticlesOptions = {
  /** The site's topic ids; an article naming another topic is a mistake. */
  topics?: readonly string[];
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Lists the Markdown files of a folder and its sub-folders, in name order. */
async function findMarkdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The id a file name gives: `wifi-drops.nl.md` and `wifi-drops.md` are both `wifi-drops`. */
function idFromFileName(path: string): string {
  return basename(path).replace(/\.md$/, '').replace(/\.(nl|en)$/, '');
}

/**
 * Reads a knowledge base: every `*.md` file below `dir`, with YAML front matter between `---`
 * lines and a Markdown body. The body becomes a tree of allowed elements, never HTML.
 */
export async function loadArticles(dir: string, options: LoadArticlesOptions = {}): Promise<LoadedArticles> {
  const articles: Article[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const path of await findMarkdownFiles(dir)) {
    const shown = displayPath(path);
    const result = parseArticle(await readFile(path, 'utf8'), path, shown, options);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const key = `${result.id}.${result.locale}`;
    const earlier = seen.get(key);
    if (earlier) {
      problems.push(`${shown}:1: the article '${result.id}' in '${result.locale}' already exists in ${earlier}. Give one of them another id.`);
      continue;
    }
    seen.set(key, shown);
    articles.push(result);
  }
  return { articles, problems };
}

function parseArticle(text: string, path: string, shown: string, options: LoadArticlesOptions): Article | { problems: string[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { problems: [`${shown}:1: no front matter. Start the file with a block between --- lines holding at least title and locale.`] };
  const frontMatter = parseConfigText(match[1] ?? '', shown, 2);
  if (!isReadable(frontMatter)) return { problems: [`${frontMatter.file}: the front matter ${frontMatter.message}`] };
  const parsed = v.safeParse(ArticleFrontMatterSchema, frontMatter.data ?? {});
  const at = (field: string) => `${shown}:${frontMatter.lineOf(field) ?? 2}`;
  if (!parsed.success) return { problems: toFieldErrors(parsed.issues).map((field) => `${at(field.path)}: ${field.path || '(front matter)'}: ${field.message}`) };
  const meta = parsed.output;
  const problems: string[] = [];
  const localeInName = /\.(nl|en)\.md$/.exec(path)?.[1];
  if (localeInName && localeInName !== meta.locale) {
    problems.push(`${at('locale')}: locale: the file name says '${localeInName}' but the front matter says '${meta.locale}'. Make them the same.`);
  }
  for (const [index, topic] of meta.topics.entries()) {
    if (options.topics && !options.topics.includes(topic)) {
      problems.push(`${at(`topics.${index}`)}: topics.${index}: '${topic}' is not a topic of this site. Use one of: ${options.topics.join(', ')}.`);
    }
  }
  const bodyMarkdown = text.slice(match[0].length);
  const body = markdownToTree(bodyMarkdown);
  const bodyText = treeText(body);
  if (bodyText.trim() === '') {
    const bodyLine = match[0].split('\n').length;
    problems.push(`${shown}:${bodyLine}: the article has no text. Write the help below the front matter.`);
  }
  if (problems.length > 0) return { problems };
  return {
    id: meta.id ?? idFromFileName(path),
    locale: meta.locale,
    title: meta.title,
    topics: meta.topics,
    tags: meta.tags,
    questions: meta.questions,
    ...(meta.appliesTo ? { appliesTo: meta.appliesTo } : {}),
    text: bodyText,
    body,
  };
}
