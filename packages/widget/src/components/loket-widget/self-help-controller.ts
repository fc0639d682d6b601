import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AttemptInput, AttemptOutcome, Locale, SelfHelpResource } from '@loket/sdk';
import { LoketArticleOutcomeEvent, LoketSuggestionsShownEvent } from '../../events/self-help-events';
import { ImpressionRecorder } from '../../internal/impression-recorder';
import type { ArticleQuery, Knowledge } from '../../internal/knowledge';
import type { SuggestionItem } from './self-help-views';

/** The report so far, as a self-help attempt records it. */
export type AttemptReport = Omit<AttemptInput, 'outcome' | 'article'>;

// Long enough to skip most keystrokes, short enough to feel immediate.
const TYPING_DELAY_MS = 300;

/**
 * Self-help inside the widget: loads the site's articles for the customer's language, ranks them
 * for the report as it grows, keeps track of the open article, and records attempts without ever
 * holding the customer up (a failed recording is not the customer's problem).
 */
export class SelfHelpController implements ReactiveController {
  /** The article the customer is reading, if any. */
  openArticle: string | undefined;
  /** Suggestions for what the customer is typing, updated after a pause in typing. */
  typing: SuggestionItem[] = [];
  /** An outcome is being recorded. */
  recording = false;
  #knowledge: Knowledge | undefined;
  #loading: Locale | undefined;
  #failed = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #noMatchRecorded = false;
  #impressions = new ImpressionRecorder((input) => this.selfHelp().recordImpression(input));
  /** The ids of the suggestions last announced to the page, so a list is announced once however often it is drawn. */
  #announced = '';

  constructor(
    /** The widget: it draws the articles and dispatches their events. */
    private readonly host: ReactiveControllerHost & EventTarget,
    /** The site's self-help resource (`createSelfHelpClient`). */
    private readonly selfHelp: () => SelfHelpResource,
    /** The report so far, as attempts and impressions are recorded with it. */
    private readonly report: () => AttemptReport,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.#flushImpressions);
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    removeEventListener('pagehide', this.#flushImpressions);
    this.#impressions.flush();
  }

  /** Leaving the page: what was shown is sent rather than lost. */
  #flushImpressions = () => this.#impressions.flush();

  /**
   * Starts loading the articles of a language, once. The ranking (the search library and the
   * stemmers) is a chunk of its own, fetched with the articles: a customer who only opens the
   * window, or only follows a case, never downloads it.
   */
  load(locale: Locale): void {
    if (this.#knowledge?.locale === locale || this.#loading === locale) return;
    this.#loading = locale;
    import('../../internal/knowledge').then(({ Knowledge }) => Knowledge.load(this.selfHelp(), locale)).then(
      (knowledge) => {
        if (this.#loading !== locale) return;
        this.#knowledge = knowledge;
        this.#failed = false;
        this.host.requestUpdate();
      },
      () => {
        // Without articles the customer simply files a case; nothing to show.
        if (this.#loading === locale) this.#failed = true;
        this.host.requestUpdate();
      },
    );
  }

  /** Notes that these suggestions are on screen, so the server learns how often each article is offered. */
  shown(items: readonly SuggestionItem[]): void {
    if (items.length === 0) return;
    const { locale, topic, environment, report } = this.report();
    const ids = items.map((item) => item.id);
    this.#impressions.note(ids, { locale, environment, ...(topic ? { topic } : {}), ...(report ? { report } : {}) });
    if (ids.join() === this.#announced) return;
    this.#announced = ids.join();
    this.host.dispatchEvent(new LoketSuggestionsShownEvent({ ...(topic ? { topic } : {}), articles: items.map(({ id, title }) => ({ id, title })) }));
  }

  /** Tells the page what the customer did with an article. */
  #announce(article: string, outcome: 'opened' | 'solved' | 'not_solved'): void {
    this.host.dispatchEvent(new LoketArticleOutcomeEvent({ article: { id: article, title: this.title(article) }, outcome }));
  }

  /** The articles that fit, best first; `undefined` while they load; empty when none fit or none could load. */
  suggestions(query: ArticleQuery, exclude: readonly string[] = []): SuggestionItem[] | undefined {
    if (!this.#knowledge) return this.#failed ? [] : undefined;
    return this.#knowledge.rank(query).filter((item) => !exclude.includes(item.id)).map(({ id, title }) => ({ id, title }));
  }

  /** Ranks again for what the customer typed, after a pause, so typing is never held up. */
  scheduleTyping(query: () => ArticleQuery, exclude: () => readonly string[]): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      const text = query().text.trim();
      this.typing = text.length < 3 ? [] : (this.suggestions(query(), exclude()) ?? []);
      this.shown(this.typing);
      this.host.requestUpdate();
    }, TYPING_DELAY_MS);
  }

  /** The title of an article, for lists of what was tried. */
  title(id: string): string {
    return this.#knowledge?.article(id)?.title ?? id;
  }

  /** The open article, if it is known. */
  get article() {
    return this.openArticle ? this.#knowledge?.article(this.openArticle) : undefined;
  }

  /** Opens an article and records that the customer opened it (before saying whether it helped). */
  open(id: string): void {
    this.#impressions.flush();
    this.openArticle = id;
    this.host.requestUpdate();
    this.#announce(id, 'opened');
    this.selfHelp().recordAttempt({ ...this.report(), outcome: 'opened', article: id }).catch(() => {
      // Only the report's count of opened articles misses it.
    });
  }

  close(): void {
    this.openArticle = undefined;
    this.host.requestUpdate();
  }

  /** Forgets what was recorded for the report, when a new report starts. */
  reset(): void {
    this.#impressions.reset();
    this.#noMatchRecorded = false;
    this.#announced = '';
    this.typing = [];
    this.openArticle = undefined;
  }

  /**
   * Records what came of self-help for the report so far: an article that solved it or did not,
   * or that no article fit (once per report). Resolves when done or failed, never rejects.
   */
  recordOutcome(outcome: Exclude<AttemptOutcome, 'opened'>, article?: string): Promise<void> {
    if (outcome === 'no_match') {
      if (this.#noMatchRecorded) return Promise.resolve();
      this.#noMatchRecorded = true;
    } else if (article) this.#announce(article, outcome);
    return this.record({ ...this.report(), outcome, ...(article ? { article } : {}) });
  }

  /** Records an attempt; resolves when done or failed, never rejects. */
  async record(input: AttemptInput): Promise<void> {
    this.recording = true;
    this.host.requestUpdate();
    try {
      await this.selfHelp().recordAttempt(input);
    } catch {
      // Learning from this attempt is lost; the customer's own flow is not affected.
    } finally {
      this.recording = false;
      this.host.requestUpdate();
    }
  }
}
