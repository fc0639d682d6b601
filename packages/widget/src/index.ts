export { LoketWidget, STEPS } from './components/loket-widget/loket-widget';
export type { Step } from './components/loket-widget/loket-widget';
export { LoketCaseFiledEvent, LoketCloseEvent } from './events/widget-events';
export { pickLocale, translationFor } from './translations/index';
export type { Translation } from './translations/index';
