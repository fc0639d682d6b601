import type { ArticleNode } from '../schemas/article';

/** Elements that start and end a line; `br` only breaks one. Everything else runs inline. */
const BLOCKS: ReadonlySet<string> = new Set(['p', 'h3', 'h4', 'h5', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr']);

function write(nodes: readonly ArticleNode[], inPre: boolean, out: string[]): void {
  for (const node of nodes) {
    if (typeof node === 'string') {
      // Outside `pre` a newline is a soft line break in a paragraph: a space, not a new line.
      out.push(inPre ? node : node.replace(/\s+/g, ' '));
      continue;
    }
    const block = BLOCKS.has(node.tag);
    if (block || node.tag === 'br') out.push('\n');
    write(node.children ?? [], inPre || node.tag === 'pre', out);
    if (block) out.push('\n');
  }
}

/**
 * Turns an article tree into plain text for search: each block on its own line, inline text
 * joined, and whitespace collapsed within each line. Code blocks keep their lines.
 *
 * @param nodes - An article body, as made by {@link markdownToTree}.
 * @returns The text, lines separated by `\n`, without empty lines.
 * @example
 * treeText([
 *   { tag: 'h3', children: ['Restart'] },
 *   { tag: 'p', children: ['Hold the   ', { tag: 'strong', children: ['reset'] }, ' button.'] },
 * ]);
 * // 'Restart\nHold the reset button.'
 */
export function treeText(nodes: readonly ArticleNode[]): string {
  const out: string[] = [];
  write(nodes, false, out);
  return out
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
