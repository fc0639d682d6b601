import { LoketWidget } from './components/loket-widget/loket-widget';
import { loadTranslation } from './translations/load-translation';
import { pickLocale } from './translations/pick-locale';

// Defining twice throws; a page may load the widget through more than one path.
if (!customElements.get('loket-widget')) customElements.define('loket-widget', LoketWidget);

declare global {
  interface HTMLElementTagNameMap {
    'loket-widget': LoketWidget;
  }
}

// The texts in the page's language are fetched right away, beside this module, so the window has
// them when it opens; another language (the script tag's data-locale) comes when asked for.
loadTranslation(pickLocale(undefined, document.documentElement.lang)).catch(() => {});
