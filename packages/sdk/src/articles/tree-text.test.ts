import { describe, expect, it } from 'vitest';
import { markdownToTree } from './markdown-to-tree';
import { treeText } from './tree-text';

describe('treeText', () => {
  it('puts each block on its own line and joins inline text', () => {
    const tree = markdownToTree('## Restart\n\nHold **reset** for *ten* seconds, see [the `guide`](https://zeewind.example).\n\n---\n\n> Done.');
    expect(treeText(tree)).toBe('Restart\nHold reset for ten seconds, see the guide.\nDone.');
  });

  it('puts each list item on its own line, nested ones too', () => {
    expect(treeText(markdownToTree('- modem\n  - power light\n- router\n\n1. unplug'))).toBe('modem\npower light\nrouter\nunplug');
  });

  it('collapses whitespace within a line, soft line breaks included', () => {
    expect(treeText(markdownToTree('Hold   the\nreset\tbutton.'))).toBe('Hold the reset button.');
  });

  it('breaks the line at a hard line break', () => {
    expect(treeText(markdownToTree('Line one  \nline two'))).toBe('Line one\nline two');
  });

  it('keeps the lines of a code block', () => {
    expect(treeText(markdownToTree('Type:\n\n```\nping   192.168.1.1\n\nexit\n```'))).toBe('Type:\nping 192.168.1.1\nexit');
  });

  it('puts raw HTML between blocks on its own line, as text', () => {
    expect(treeText(markdownToTree('Before\n\n<div>\nraw\n</div>\n\nAfter'))).toBe('Before\n<div> raw </div>\nAfter');
  });

  it('reads the text of elements it does not know as inline text', () => {
    const tree = [{ tag: 'p', children: ['a', { tag: 'marquee', children: ['b'] }, 'c'] }] as Parameters<typeof treeText>[0];
    expect(treeText(tree)).toBe('abc');
  });

  it('returns an empty string for an empty article', () => {
    expect(treeText([])).toBe('');
    expect(treeText([{ tag: 'hr' }, { tag: 'p', children: ['  '] }])).toBe('');
  });
});
