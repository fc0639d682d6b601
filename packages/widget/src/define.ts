import { LoketWidget } from './components/loket-widget/loket-widget';

// Defining twice throws; a page may load the widget through more than one path.
if (!customElements.get('loket-widget')) customElements.define('loket-widget', LoketWidget);

declare global {
  interface HTMLElementTagNameMap {
    'loket-widget': LoketWidget;
  }
}
