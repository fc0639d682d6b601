import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import type { CSSResult } from 'lit';

const added = new WeakMap<ShadowRoot, Set<CSSResult>>();

/**
 * Adds the styles of views fetched later (a chunk of their own) to an element's shadow root, each
 * once, after the element's own: as a constructed style sheet where the browser has them, else as a
 * `<style>` element with lit's nonce (`window.litNonce`) for a strict Content Security Policy.
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const known = added.get(root) ?? new Set<CSSResult>();
  added.set(root, known);
  const fresh = styles.filter((item) => !known.has(item));
  fresh.forEach((item) => known.add(item));
  const sheets = fresh.map((item) => item.styleSheet);
  if (supportsAdoptingStyleSheets && sheets.every((sheet) => sheet !== undefined)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  else adoptStyles(root, fresh);
}
