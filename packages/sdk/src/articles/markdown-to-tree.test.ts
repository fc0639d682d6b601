import type { Root } from 'mdast';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleNodeSchema, type ArticleNode } from '../schemas/article';
import { markdownToTree, MAX_ARTICLE_DEPTH, mdastToTree } from './markdown-to-tree';
import { treeText } from './tree-text';

const isValidTree = (tree: ArticleNode[]) => v.is(v.array(ArticleNodeSchema), tree);

function hasLink(nodes: ArticleNode[]): boolean {
  return nodes.some((node) => typeof node !== 'string' && (node.tag === 'a' || hasLink(node.children ?? [])));
}

describe('markdownToTree', () => {
  it('makes paragraphs of text', () => {
    expect(markdownToTree('Restart the modem.\n\nWait a minute.')).toEqual([
      { tag: 'p', children: ['Restart the modem.'] },
      { tag: 'p', children: ['Wait a minute.'] },
    ]);
  });

  it('shifts headings below the widget headings: 1–2 to h3, 3 to h4, 4–6 to h5', () => {
    const tree = markdownToTree('# a\n## b\n### c\n#### d\n##### e\n###### f');
    expect(tree.map((node) => typeof node !== 'string' && node.tag)).toEqual(['h3', 'h3', 'h4', 'h5', 'h5', 'h5']);
    expect(tree[0]).toEqual({ tag: 'h3', children: ['a'] });
  });

  it('makes ordered and unordered lists, with the text of tight items directly in the li', () => {
    expect(markdownToTree('- modem\n- router\n\n1. unplug\n2. wait')).toEqual([
      { tag: 'ul', children: [{ tag: 'li', children: ['modem'] }, { tag: 'li', children: ['router'] }] },
      { tag: 'ol', children: [{ tag: 'li', children: ['unplug'] }, { tag: 'li', children: ['wait'] }] },
    ]);
  });

  it('keeps paragraphs in the items of a loose list, including items that are tight themselves', () => {
    expect(markdownToTree('- modem\n- router\n\n  lights')).toEqual([
      {
        tag: 'ul',
        children: [
          { tag: 'li', children: [{ tag: 'p', children: ['modem'] }] },
          { tag: 'li', children: [{ tag: 'p', children: ['router'] }, { tag: 'p', children: ['lights'] }] },
        ],
      },
    ]);
  });

  it('nests a list inside a tight item after its text', () => {
    expect(markdownToTree('- modem\n  - power light')).toEqual([
      { tag: 'ul', children: [{ tag: 'li', children: ['modem', { tag: 'ul', children: [{ tag: 'li', children: ['power light'] }] }] }] },
    ]);
  });

  it('keeps paragraphs in a blockquote inside a tight item', () => {
    expect(markdownToTree('- > note')).toEqual([
      { tag: 'ul', children: [{ tag: 'li', children: [{ tag: 'blockquote', children: [{ tag: 'p', children: ['note'] }] }] }] },
    ]);
  });

  it('makes a blockquote of its blocks', () => {
    expect(markdownToTree('> Note:\n>\n> - one')).toEqual([
      { tag: 'blockquote', children: [{ tag: 'p', children: ['Note:'] }, { tag: 'ul', children: [{ tag: 'li', children: ['one'] }] }] },
    ]);
  });

  it('makes fenced and indented code a pre with one code holding the text', () => {
    const fenced = markdownToTree('```sh\nping 192.168.1.1\nexit\n```');
    expect(fenced).toEqual([{ tag: 'pre', children: [{ tag: 'code', children: ['ping 192.168.1.1\nexit'] }] }]);
    expect(markdownToTree('    ping <b>x</b>')).toEqual([{ tag: 'pre', children: [{ tag: 'code', children: ['ping <b>x</b>'] }] }]);
  });

  it('makes inline code, strong, emphasis and hard line breaks', () => {
    expect(markdownToTree('Type `ipconfig`, **then** *wait*  \nor _not_\\\nat all')).toEqual([
      {
        tag: 'p',
        children: [
          'Type ',
          { tag: 'code', children: ['ipconfig'] },
          ', ',
          { tag: 'strong', children: ['then'] },
          ' ',
          { tag: 'em', children: ['wait'] },
          { tag: 'br' },
          'or ',
          { tag: 'em', children: ['not'] },
          { tag: 'br' },
          'at all',
        ],
      },
    ]);
  });

  it('makes a thematic break an hr', () => {
    expect(markdownToTree('a\n\n---\n\nb')).toEqual([{ tag: 'p', children: ['a'] }, { tag: 'hr' }, { tag: 'p', children: ['b'] }]);
  });

  it('keeps http, https, mailto and tel links, with the URL as the browser reads it', () => {
    const links = markdownToTree(
      '[a](https://zeewind.example/modem?x=1#lights) [b](HTTP://Zeewind.example) [c](mailto:help@zeewind.example) [d](tel:+31201234567) [e](< https://zeewind.example/e >)',
    );
    expect(links).toEqual([
      {
        tag: 'p',
        children: [
          { tag: 'a', href: 'https://zeewind.example/modem?x=1#lights', children: ['a'] },
          ' ',
          { tag: 'a', href: 'http://zeewind.example/', children: ['b'] },
          ' ',
          { tag: 'a', href: 'mailto:help@zeewind.example', children: ['c'] },
          ' ',
          { tag: 'a', href: 'tel:+31201234567', children: ['d'] },
          ' ',
          { tag: 'a', href: 'https://zeewind.example/e', children: ['e'] },
        ],
      },
    ]);
  });

  it('makes autolinks, including e-mail addresses, links', () => {
    expect(markdownToTree('<https://zeewind.example> <help@zeewind.example>')).toEqual([
      {
        tag: 'p',
        children: [
          { tag: 'a', href: 'https://zeewind.example/', children: ['https://zeewind.example'] },
          ' ',
          { tag: 'a', href: 'mailto:help@zeewind.example', children: ['help@zeewind.example'] },
        ],
      },
    ]);
  });

  it('resolves full, collapsed and shortcut reference links and drops the definitions', () => {
    const tree = markdownToTree('[guide][Modem Guide], [modem guide][] and [MODEM guide].\n\n[modem guide]: https://zeewind.example/guide "Title"');
    const guide = (text: string) => ({ tag: 'a', href: 'https://zeewind.example/guide', children: [text] });
    expect(tree).toEqual([{ tag: 'p', children: [guide('guide'), ', ', guide('modem guide'), ' and ', guide('MODEM guide'), '.'] }]);
  });

  it('uses the first definition of a label, as CommonMark does, even one nested in a blockquote', () => {
    const tree = markdownToTree('[x]\n\n> [x]: https://first.example\n\n[x]: https://second.example');
    expect(tree).toEqual([{ tag: 'p', children: [{ tag: 'a', href: 'https://first.example/', children: ['x'] }] }, { tag: 'blockquote', children: [] }]);
  });

  it('keeps only the text of a relative link, which has no base on a customer page', () => {
    expect(markdownToTree('See [the guide](/guide) or [this](#top) or [that](guide.html).')).toEqual([
      { tag: 'p', children: ['See the guide or this or that.'] },
    ]);
  });

  it('keeps the formatting inside a link it drops', () => {
    expect(markdownToTree('[**bold** move](javascript:alert(1))')).toEqual([{ tag: 'p', children: [{ tag: 'strong', children: ['bold'] }, ' move'] }]);
  });

  it('makes images their alt text, so nothing loads', () => {
    expect(markdownToTree('Lights: ![green power light](https://tracker.example/p.gif) and ![][px] ![red][px]\n\n[px]: https://tracker.example/q.gif')).toEqual([
      { tag: 'p', children: ['Lights: green power light and  red'] },
    ]);
  });

  it('keeps the alt text of an image inside a link', () => {
    expect(markdownToTree('[![logo](https://x.example/l.png)](https://zeewind.example)')).toEqual([
      { tag: 'p', children: [{ tag: 'a', href: 'https://zeewind.example/', children: ['logo'] }] },
    ]);
  });

  it('turns raw HTML blocks and inline HTML into plain text', () => {
    expect(markdownToTree('<script>alert(1)</script>')).toEqual(['<script>alert(1)</script>']);
    expect(markdownToTree('<iframe src="https://evil.example"></iframe>')).toEqual(['<iframe src="https://evil.example"></iframe>']);
    expect(markdownToTree('Hello <img src=x onerror="alert(1)"> world <b>bold</b>')).toEqual([
      { tag: 'p', children: ['Hello <img src=x onerror="alert(1)"> world <b>bold</b>'] },
    ]);
    expect(markdownToTree('<a href="javascript:alert(1)">click</a>')).toEqual([{ tag: 'p', children: ['<a href="javascript:alert(1)">click</a>'] }]);
  });

  it('keeps the text as written for entities that spell markup', () => {
    expect(markdownToTree('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([{ tag: 'p', children: ['<script>alert(1)</script>'] }]);
  });

  it('turns node types it does not know into their text', () => {
    const root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'text', value: 'before ' }, { type: 'delete', children: [{ type: 'text', value: 'old' }] }] },
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'cell' }] }] }] },
      ],
    } as unknown as Root;
    expect(mdastToTree(root)).toEqual([{ tag: 'p', children: ['before old'] }, 'cell']);
  });

  it('returns nothing for an empty article', () => {
    expect(markdownToTree('')).toEqual([]);
    expect(markdownToTree('[unused]: https://zeewind.example')).toEqual([]);
  });
});

describe('markdownToTree link filtering', () => {
  const HOSTILE_HREFS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'javascript:alert(1)  ',
    '&#106;avascript:alert(1)',
    '&#x6A;&#x61;vascript:alert(1)',
    'javascript&colon;alert(1)',
    'java&Tab;script:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'ja\u00ADvascript:alert(1)',
    'javascript://%0Aalert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'DATA:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://evil.example/0e5b',
    'ftp://evil.example/',
    'about:blank',
    '//evil.example/x',
    '\\\\evil.example\\x',
    '/relative',
    '%6Aavascript:alert(1)',
  ];

  it.each(HOSTILE_HREFS)('keeps only the text of an inline link to %j', (href) => {
    expect(markdownToTree(`[x](<${href}>)`)).toEqual([{ tag: 'p', children: ['x'] }]);
  });

  it.each(HOSTILE_HREFS)('keeps only the text of a reference link to %j', (href) => {
    expect(markdownToTree(`[x][r]\n\n[r]: <${href}>`)).toEqual([{ tag: 'p', children: ['x'] }]);
  });

  it('keeps only the text of autolinks with a script scheme', () => {
    expect(markdownToTree('<javascript:alert(1)> <JAVASCRIPT:alert(1)> <vbscript:x>')).toEqual([
      { tag: 'p', children: ['javascript:alert(1) JAVASCRIPT:alert(1) vbscript:x'] },
    ]);
  });

  it('never makes a link from an unbracketed destination with a tab or newline', () => {
    for (const markdown of ['[x](java\tscript:alert(1))', '[x](java\nscript:alert(1))']) expect(hasLink(markdownToTree(markdown))).toBe(false);
  });
});

describe('markdownToTree output', () => {
  const EVERYTHING = [
    '# Title',
    '###### Small',
    'Text with *em*, **strong**, `code`, a [link](https://zeewind.example), [bad](javascript:alert(1)) and <img src=x onerror=alert(1)>.  ',
    'After a break.',
    '> quote\n> - item\n>\n>   more',
    '1. one\n2. two\n   ```\n   code\n   ```',
    '---',
    '<script>alert(1)</script>',
    '![alt](https://tracker.example/p.gif)',
    '[ref][r] <javascript:alert(1)> <help@zeewind.example>',
    '[r]: tel:+31201234567',
    '',
  ].join('\n\n');

  it('always validates against the article node schema', () => {
    const tree = markdownToTree(EVERYTHING);
    expect(isValidTree(tree)).toBe(true);
    expect(hasLink(tree)).toBe(true);
  });

  it('validates for every hostile link', () => {
    const tree = markdownToTree('[a](javascript:x) [b](<//evil.example>) [c](data:x) [d](&#106;avascript:x) <vbscript:x>');
    expect(isValidTree(tree)).toBe(true);
    expect(hasLink(tree)).toBe(false);
  });
});

describe('markdownToTree on runaway nesting', () => {
  it('turns content nested deeper than MAX_ARTICLE_DEPTH into text, so nothing recurses thousands deep', () => {
    const tree = markdownToTree(`${'> '.repeat(3000)}deep`);
    const depth = (nodes: ArticleNode[]): number =>
      Math.max(0, ...nodes.map((node) => (typeof node === 'string' ? 0 : 1 + depth(node.children ?? []))));
    expect(depth(tree)).toBeLessThanOrEqual(MAX_ARTICLE_DEPTH + 1);
    expect(treeText(tree)).toBe('deep');
  });
});
