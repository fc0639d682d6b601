/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { ARTICLE_ELEMENTS, markdownToTree, type ArticleNode } from '@loket/sdk';
import { renderArticle } from './render-article';

declare global {
  interface Window {
    __xss?: unknown;
  }
}

const ALLOWED_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];
/** The allowlist as rendered: headings sit one level lower in the widget (h3 → h4, h4 → h5, h5 → h6). */
const RENDERED_ELEMENTS: readonly string[] = [...ARTICLE_ELEMENTS.filter((tag) => !/^h\d$/.test(tag)), 'h4', 'h5', 'h6'];
const FORBIDDEN = 'script, img, iframe, svg, math, object, embed, style, link, meta, base, form, input, video, audio, frame, template';

/** Hostile Markdown and the text a customer must see instead of what it tries to do. */
const PAYLOADS: { markdown: string; visible: string }[] = [
  { markdown: '<script>window.__xss=1</script>', visible: '<script>window.__xss=1</script>' },
  { markdown: 'Inline <script>window.__xss=1</script> script', visible: 'Inline <script>window.__xss=1</script> script' },
  { markdown: '<img src=x onerror="window.__xss=1">', visible: '<img src=x onerror="window.__xss=1">' },
  { markdown: 'See <img src=x onerror=window.__xss=1> here', visible: 'See <img src=x onerror=window.__xss=1> here' },
  { markdown: '<svg onload="window.__xss=1"></svg>', visible: '<svg onload="window.__xss=1"></svg>' },
  { markdown: '<iframe src="javascript:window.__xss=1"></iframe>', visible: '<iframe src="javascript:window.__xss=1"></iframe>' },
  { markdown: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>', visible: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>' },
  { markdown: '<object data="javascript:window.__xss=1"></object>', visible: '<object data="javascript:window.__xss=1"></object>' },
  { markdown: '<embed src="javascript:window.__xss=1">', visible: '<embed src="javascript:window.__xss=1">' },
  { markdown: '<style>* { display: none }</style>', visible: '<style>* { display: none }</style>' },
  { markdown: '<details open ontoggle="window.__xss=1">x</details>', visible: '<details open ontoggle="window.__xss=1">x</details>' },
  { markdown: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>', visible: '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>' },
  { markdown: '<a href="javascript:window.__xss=1">raw link</a>', visible: '<a href="javascript:window.__xss=1">raw link</a>' },
  { markdown: '[x](javascript:window.__xss=1)', visible: 'x' },
  { markdown: '[x](JaVaScRiPt:window.__xss=1)', visible: 'x' },
  { markdown: '[x](<  javascript:window.__xss=1>)', visible: 'x' },
  { markdown: '[x](&#106;avascript:window.__xss=1)', visible: 'x' },
  { markdown: '[x](&#x6A;&#x61;vascript&colon;window.__xss=1)', visible: 'x' },
  { markdown: '[x](java&Tab;script:window.__xss=1)', visible: 'x' },
  { markdown: '[x](<java\tscript:window.__xss=1>)', visible: 'x' },
  { markdown: '[x](<java\u0000script:window.__xss=1>)', visible: 'x' },
  { markdown: '[x](<\u0001javascript:window.__xss=1>)', visible: 'x' },
  { markdown: '[x](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==)', visible: 'x' },
  { markdown: '[x](vbscript:window.__xss=1)', visible: 'x' },
  { markdown: '[x](//evil.example/steal)', visible: 'x' },
  { markdown: '<javascript:window.__xss=1>', visible: 'javascript:window.__xss=1' },
  { markdown: '<JAVASCRIPT:window.__xss=1>', visible: 'JAVASCRIPT:window.__xss=1' },
  { markdown: '[x][r]\n\n[r]: javascript:window.__xss=1', visible: 'x' },
  { markdown: '[x]\n\n[x]: &#106;avascript:window.__xss=1', visible: 'x' },
  { markdown: '&lt;img src=x onerror="window.__xss=1"&gt;', visible: '<img src=x onerror="window.__xss=1">' },
  { markdown: '![x" onerror="window.__xss=1](x)', visible: 'x" onerror="window.__xss=1' },
  { markdown: '[x](<https://zeewind.example/" onclick="window.__xss=1>)', visible: 'x' },
];

async function renderInto(body: ArticleNode[]): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  render(renderArticle(body), container);
  return container;
}

function scheme(href: string): string | undefined {
  try {
    return new URL(href).protocol;
  } catch {
    return undefined;
  }
}

/**
 * Asserts that every link has an allowed scheme, then clicks each one, stopping only those
 * navigations. The assertion comes first because a `javascript:` link that evaluates to a value
 * would replace the test page; and as the links open in a new tab, such a script would not run
 * in this window anyway, so the click alone proves little.
 */
async function clickEveryLink(container: HTMLElement): Promise<void> {
  for (const link of container.querySelectorAll('a[href]')) {
    expect(ALLOWED_PROTOCOLS, `link to ${link.getAttribute('href')}`).to.include(scheme(link.getAttribute('href')!));
  }
  const stopNavigation = (event: Event) => {
    const link = (event.target as Element).closest('a');
    if (link && ALLOWED_PROTOCOLS.includes(scheme(link.getAttribute('href') ?? '') ?? '')) event.preventDefault();
  };
  container.addEventListener('click', stopNavigation);
  for (const link of container.querySelectorAll('a')) link.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  container.removeEventListener('click', stopNavigation);
}

function expectHarmless(container: HTMLElement): void {
  expect(window.__xss, 'a payload ran').to.equal(undefined);
  expect(container.querySelectorAll(FORBIDDEN), 'a forbidden element exists').to.have.length(0);
  for (const element of container.querySelectorAll('*')) {
    expect(RENDERED_ELEMENTS, `<${element.localName}> is not allowed`).to.include(element.localName);
    const attributes = element.getAttributeNames();
    expect(attributes.filter((name) => name.toLowerCase().startsWith('on')), `<${element.localName}> has an event handler`).to.deep.equal([]);
    expect(attributes, `<${element.localName}> has an attribute it should not`).to.satisfy((names: string[]) =>
      names.every((name) => element.localName === 'a' && ['href', 'target', 'rel'].includes(name)),
    );
  }
}

beforeEach(() => {
  delete window.__xss;
});

describe('renderArticle with hostile Markdown', () => {
  for (const { markdown, visible } of PAYLOADS) {
    it(`shows ${JSON.stringify(markdown)} as text and runs nothing`, async () => {
      const container = await renderInto(markdownToTree(markdown));
      await clickEveryLink(container);
      expectHarmless(container);
      expect(container.textContent).to.include(visible);
    });
  }

  it('keeps every payload harmless when they come in one article', async () => {
    const container = await renderInto(markdownToTree(PAYLOADS.map(({ markdown }) => markdown).join('\n\n')));
    await clickEveryLink(container);
    expectHarmless(container);
    expect(container.textContent).to.include('<img src=x onerror="window.__xss=1">');
  });
});

describe('renderArticle with a tampered tree', () => {
  it('renders only the content of elements outside the allowlist and of links with other schemes', async () => {
    const tampered = [
      { tag: 'script', children: ['window.__xss=1'] },
      { tag: 'img', children: [] },
      { tag: 'p', onclick: 'window.__xss=1', children: ['para'] },
      { tag: 'a', href: 'javascript:window.__xss=1', children: ['script link'] },
      { tag: 'a', href: ' JAVA\tSCRIPT:window.__xss=1', children: ['spaced link'] },
      { tag: 'a', href: '/relative', children: ['relative link'] },
      { tag: 'a', children: ['no href'] },
      { tag: 'em', children: 'not a list' },
      { _$litType$: 1, strings: ['<img src=x onerror=window.__xss=1>'], values: [] },
      42,
      null,
    ] as unknown as ArticleNode[];
    const container = await renderInto(tampered);
    await clickEveryLink(container);
    expectHarmless(container);
    expect(container.querySelectorAll('a')).to.have.length(0);
    expect(container.textContent).to.include('window.__xss=1').and.include('script link').and.include('no href');
    expect(container.querySelector('p')!.textContent).to.equal('para');
  });
});

describe('renderArticle', () => {
  it('renders headings, lists, code, emphasis and an https link as those elements', async () => {
    const markdown = [
      '# Restart the modem',
      '### Before you start',
      '1. Unplug *the* modem',
      '2. Wait **ten** seconds',
      '',
      '- lights\n- cables',
      'Type `ping` and read  \nthe answer:',
      '```\nping 192.168.1.1\n```',
      '> Still offline?',
      '---',
      'See [the guide](https://zeewind.example/guide).',
    ].join('\n\n');
    const container = await renderInto(markdownToTree(markdown));

    expect(container.querySelector('h4')!.textContent).to.equal('Restart the modem');
    expect(container.querySelector('h5')!.textContent).to.equal('Before you start');
    expect([...container.querySelectorAll('ol > li')].map((item) => item.textContent)).to.deep.equal(['Unplug the modem', 'Wait ten seconds']);
    expect(container.querySelector('ol em')!.textContent).to.equal('the');
    expect(container.querySelector('ol strong')!.textContent).to.equal('ten');
    expect([...container.querySelectorAll('ul > li')].map((item) => item.textContent)).to.deep.equal(['lights', 'cables']);
    expect(container.querySelector('p > code')!.textContent).to.equal('ping');
    expect(container.querySelector('p > br')).to.exist;
    expect(container.querySelector('pre > code')!.textContent).to.equal('ping 192.168.1.1');
    expect(container.querySelector('blockquote > p')!.textContent).to.equal('Still offline?');
    expect(container.querySelector('hr')).to.exist;

    const link = container.querySelector('a')!;
    expect(link.textContent).to.equal('the guide');
    expect(link.getAttribute('href')).to.equal('https://zeewind.example/guide');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer nofollow');
    expectHarmless(container);
  });

  it('keeps mailto and tel links', async () => {
    const container = await renderInto(markdownToTree('<help@zeewind.example> or [call](tel:+31201234567)'));
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['mailto:help@zeewind.example', 'tel:+31201234567']);
  });
});
