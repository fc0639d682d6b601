import type { LoketArticleOutcomeEvent, LoketSuggestionsShownEvent } from './self-help-events';
import type { LoketCaseFiledEvent, LoketCloseEvent, LoketMessageSentEvent, LoketOpenEvent } from './widget-events';

/**
 * The events `Loket.on(name, handler)` takes, by name: the DOM event's type without `loket-`
 * (`case-filed` is `loket-case-filed`); each handler gets the event itself, with its typed `detail`.
 */
export type LoketEvents = {
  open: LoketOpenEvent;
  close: LoketCloseEvent;
  'suggestions-shown': LoketSuggestionsShownEvent;
  'article-outcome': LoketArticleOutcomeEvent;
  'case-filed': LoketCaseFiledEvent;
  'message-sent': LoketMessageSentEvent;
};

/** A name `Loket.on` and `Loket.off` take. */
export type LoketEventName = keyof LoketEvents;

/** Every name `Loket.on` takes, for the warning about one it does not know. */
export const LOKET_EVENT_NAMES: readonly LoketEventName[] = ['open', 'close', 'suggestions-shown', 'article-outcome', 'case-filed', 'message-sent'];
