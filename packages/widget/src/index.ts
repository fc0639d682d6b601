export { LoketWidget } from './components/loket-widget/loket-widget';
export type { StepKey } from './internal/report-steps';
export { LoketCaseFiledEvent, LoketCloseEvent } from './events/widget-events';
export { pickLocale, translationFor } from './translations/index';
export type { CasesTranslation, FullTranslation, Translation } from './translations/index';
