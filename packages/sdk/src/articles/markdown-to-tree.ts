import { fromMarkdown } from 'mdast-util-from-markdown';
// Types only, from the package that mdast-util-from-markdown itself depends on for its types.
import type { List, Nodes, Root } from 'mdast';
import type { ArticleNode } from '../schemas/article';
import { safeHref } from './safe-href';

/** Link definitions by their normalised identifier; the first definition of a label wins. */
type Definitions = Map<string, string>;

function collectDefinitions(node: Nodes, definitions: Definitions): Definitions {
  if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, definitions);
  return definitions;
}

function textContent(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(textContent).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

/** Joins neighbouring strings and drops empty ones, so text reads as one run. */
function mergeStrings(nodes: ArticleNode[]): ArticleNode[] {
  const merged: ArticleNode[] = [];
  for (const node of nodes) {
    const last = merged.at(-1);
    if (typeof node !== 'string') merged.push(node);
    else if (node === '') continue;
    else if (typeof last === 'string') merged[merged.length - 1] = last + node;
    else merged.push(node);
  }
  return merged;
}

/** Same rule as mdast-util-to-hast: one loose item makes the whole list loose. */
function isTight(list: List): boolean {
  return !list.spread && list.children.every((item) => !(item.spread ?? item.children.length > 1));
}

type Context = {
  definitions: Definitions;
  /** Whether paragraphs here are the direct content of an item in a tight list. */
  inTightItem: boolean;
  /** How deep in the tree this node is. */
  depth: number;
};

/**
 * Deeper than this, content becomes plain text: real articles nest a few levels, and every step of
 * converting, indexing and rendering walks the tree recursively, so thousands of `>` must not be
 * able to exhaust the stack.
 */
export const MAX_ARTICLE_DEPTH = 32;

function convertAll(nodes: Nodes[], context: Context): ArticleNode[] {
  return mergeStrings(nodes.flatMap((node) => convert(node, context)));
}

function link(url: string | undefined, children: ArticleNode[]): ArticleNode[] {
  const href = url === undefined ? undefined : safeHref(url);
  return href === undefined ? children : [{ tag: 'a', href, children }];
}

function convert(node: Nodes, context: Context): ArticleNode[] {
  if (context.depth > MAX_ARTICLE_DEPTH) return [textContent(node)];
  const children = () => ('children' in node ? convertAll(node.children, { ...context, inTightItem: false, depth: context.depth + 1 }) : []);
  switch (node.type) {
    case 'root':
      return children();
    case 'text':
      return [node.value];
    case 'paragraph':
      // A tight list shows its items without paragraph spacing, as CommonMark renders it.
      return context.inTightItem ? children() : [{ tag: 'p', children: children() }];
    case 'heading':
      return [{ tag: node.depth <= 2 ? 'h3' : node.depth === 3 ? 'h4' : 'h5', children: children() }];
    case 'list': {
      const inTightItem = isTight(node);
      const items = node.children.map((item): ArticleNode => ({ tag: 'li', children: convertAll(item.children, { ...context, inTightItem }) }));
      return [{ tag: node.ordered ? 'ol' : 'ul', children: items }];
    }
    case 'listItem':
      return [{ tag: 'li', children: children() }];
    case 'blockquote':
      return [{ tag: 'blockquote', children: children() }];
    case 'code':
      return [{ tag: 'pre', children: [{ tag: 'code', children: mergeStrings([node.value]) }] }];
    case 'inlineCode':
      return [{ tag: 'code', children: mergeStrings([node.value]) }];
    case 'strong':
      return [{ tag: 'strong', children: children() }];
    case 'emphasis':
      return [{ tag: 'em', children: children() }];
    case 'break':
      return [{ tag: 'br' }];
    case 'thematicBreak':
      return [{ tag: 'hr' }];
    case 'link':
      return link(node.url, children());
    case 'linkReference':
      return link(context.definitions.get(node.identifier), children());
    // An image would load from anywhere and could track the customer; its alt text says enough.
    case 'image':
    case 'imageReference':
      return [node.alt ?? ''];
    // Shown literally, never interpreted: a writer who pastes HTML sees it and fixes the article.
    case 'html':
      return [node.value];
    case 'definition':
      return [];
    default:
      return [textContent(node)];
  }
}

/**
 * Turns a Markdown syntax tree (mdast) into an article tree. {@link markdownToTree} parses and
 * then calls this; it is exported on its own for trees that come from elsewhere.
 *
 * @param root - The mdast root, e.g. from `fromMarkdown`.
 * @returns The article body as allowed elements and text.
 * @example
 * mdastToTree(fromMarkdown('*Restart* the modem.'));
 * // [{ tag: 'p', children: [{ tag: 'em', children: ['Restart'] }, ' the modem.'] }]
 */
export function mdastToTree(root: Root): ArticleNode[] {
  return convert(root, { definitions: collectDefinitions(root, new Map()), inTightItem: false, depth: 0 });
}

/**
 * Parses an article's Markdown (CommonMark, no extensions) into a tree of allowed elements that
 * the widget renders without ever interpreting HTML.
 *
 * - Headings shift down to `h3`–`h5`, because the article sits below the widget's own headings.
 * - Links keep their target only for `http:`, `https:`, `mailto:` and `tel:`; any other link,
 *   including relative ones, keeps just its text. Reference links resolve to their definition.
 * - Images become their alt text; raw HTML becomes plain text, shown as written.
 *
 * @param markdown - The article body, without front matter.
 * @returns The article body as allowed elements and text.
 * @example
 * markdownToTree('## Restart\n\nSee [the guide](https://zeewind.example/modem) or <script>x</script>.');
 * // [
 * //   { tag: 'h3', children: ['Restart'] },
 * //   { tag: 'p', children: ['See ', { tag: 'a', href: 'https://zeewind.example/modem', children: ['the guide'] }, ' or <script>x</script>.'] },
 * // ]
 */
export function markdownToTree(markdown: string): ArticleNode[] {
  return mdastToTree(fromMarkdown(markdown));
}
