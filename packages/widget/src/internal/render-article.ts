import { html, nothing, type TemplateResult } from 'lit';
import { safeHref } from '@loket/sdk';
import type { ArticleNode } from '@loket/sdk';

type Rendered = TemplateResult | string | typeof nothing;

function renderChildren(children: unknown): Rendered[] {
  return Array.isArray(children) ? children.map(renderNode) : [];
}

/**
 * One static template per allowed element, so no tag or attribute name ever comes from the data.
 * Only strings (as text) and templates made here reach lit: an object from the network is never
 * handed over as is, so it cannot pose as a template result.
 */
function renderNode(node: unknown): Rendered {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return nothing;
  const { tag, href, children: data } = node as { tag?: unknown; href?: unknown; children?: unknown };
  const children = renderChildren(data);
  switch (tag) {
    case 'p':
      return html`<p>${children}</p>`;
    // One level below the tree's: in the widget the article's own title is the h3.
    case 'h3':
      return html`<h4>${children}</h4>`;
    case 'h4':
      return html`<h5>${children}</h5>`;
    case 'h5':
      return html`<h6>${children}</h6>`;
    case 'ul':
      return html`<ul>${children}</ul>`;
    case 'ol':
      return html`<ol>${children}</ol>`;
    case 'li':
      return html`<li>${children}</li>`;
    case 'blockquote':
      return html`<blockquote>${children}</blockquote>`;
    case 'pre':
      return html`<pre>${children}</pre>`;
    case 'code':
      return html`<code>${children}</code>`;
    case 'strong':
      return html`<strong>${children}</strong>`;
    case 'em':
      return html`<em>${children}</em>`;
    case 'br':
      return html`<br />`;
    case 'hr':
      return html`<hr />`;
    case 'a': {
      const allowed = safeHref(href);
      if (allowed === undefined) return html`${children}`;
      return html`<a href=${allowed} target="_blank" rel="noopener noreferrer nofollow">${children}</a>`;
    }
    default:
      // A tag outside the allowlist (a newer server, or tampered data) shows just its content.
      return html`${children}`;
  }
}

/**
 * Renders an article body as lit templates: a fixed template per allowed element and text as
 * text, never as HTML. Links open in a new tab without an opener or referrer, and only when their
 * scheme is `http:`, `https:`, `mailto:` or `tel:`; any other link, and any element outside
 * `ARTICLE_ELEMENTS`, shows only its content.
 *
 * @param nodes - The article body from the knowledge base (`article.body`).
 * @returns A template to render inside the widget's shadow root.
 * @example
 * render(renderArticle([{ tag: 'p', children: ['Restart the ', { tag: 'strong', children: ['modem'] }, '.'] }]), container);
 * // <p>Restart the <strong>modem</strong>.</p>
 */
export function renderArticle(nodes: ArticleNode[]): TemplateResult {
  return html`${renderChildren(nodes)}`;
}
