import { css } from 'lit';
import type { CSSResult } from 'lit';

/**
 * Custom properties for the dark scheme, set on the widget when the page asks for it
 * (`theme="dark"`) or the system does (`prefers-color-scheme: dark`) and the page has not asked for
 * light (`theme="light"`). The declarations are written into both rules; gzip stores the second
 * copy in a few bytes.
 */
export const inDarkScheme = (declarations: CSSResult): CSSResult =>
  css`:host([theme='dark']) { ${declarations} } @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { ${declarations} } }`;
