/** The link schemes an article may use; any other link keeps its text and loses its target. */
export const ARTICLE_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * The href to use for a link in an article, or `undefined` when the link must lose its target.
 * The URL parser strips tabs, newlines and leading control characters the way a browser does, so
 * `java\tscript:` is caught as `javascript:`. Relative and protocol-relative URLs have no base on
 * another company's page and fail to parse. The server applies it when it builds the tree, and
 * the widget again when it renders, because the tree comes over the network.
 *
 * @example
 * safeHref('https://zeewind.example/modem'); // 'https://zeewind.example/modem'
 * safeHref('javascript:alert(1)'); // undefined
 */
export function safeHref(href: unknown): string | undefined {
  if (typeof href !== 'string') return undefined;
  try {
    const url = new URL(href.trim());
    return ARTICLE_LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
