import { fixture, html, waitUntil } from '@open-wc/testing';
import type { LoketWidget } from '../components/loket-widget/loket-widget';
import '../define';

/** Finds an element in the widget's shadow root. */
export const $ = <T extends Element = HTMLElement>(widget: LoketWidget, selector: string) => widget.shadowRoot!.querySelector<T>(selector);

/** The text of an element in the widget, with white space collapsed. */
export const text = (widget: LoketWidget, selector: string) => $(widget, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Places a widget on the page, opens it and waits for the first step. */
export async function openWidget(locale = ''): Promise<LoketWidget> {
  const widget = await fixture<LoketWidget>(html`<loket-widget site="demo" api=${location.origin} locale=${locale}></loket-widget>`);
  widget.show();
  await waitUntil(() => $(widget, '#loket-step-heading') && !$(widget, '[role="status"]:not(.note, .live-empty)'), 'the first step did not appear');
  await widget.updateComplete;
  return widget;
}

/** Clicks an element in the widget and waits for it to render, including a view fetched on first use. */
export async function click(widget: LoketWidget, selector: string): Promise<void> {
  const element = $(widget, selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  element.click();
  await widget.updateComplete;
  // A view fetched on first use (a chunk, the environment read with it) can take a moment on a busy machine.
  await waitUntil(() => !$(widget, '[data-loading]'), `the view after clicking ${selector} did not load`, { timeout: 5000 });
  await widget.updateComplete;
}

/** Types into the text field of the current step, as a customer would. */
export async function type(widget: LoketWidget, value: string, selector = 'textarea, input.field'): Promise<void> {
  const field = $<HTMLTextAreaElement | HTMLInputElement>(widget, selector);
  if (!field) throw new Error(`No text field matches ${selector}`);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await widget.updateComplete;
}

/** Chooses an option (radio or checkbox) by its value. */
export async function choose(widget: LoketWidget, value: string): Promise<void> {
  await click(widget, `input[value="${value}"]`);
}

/** Presses the step's main button (Next, or Send on the review). */
export async function next(widget: LoketWidget): Promise<void> {
  await click(widget, '.actions .end');
}

/** The heading of the current step. */
export const heading = (widget: LoketWidget) => text(widget, '#loket-step-heading');

/**
 * Runs axe-core on the widget and returns its violations as readable lines. axe is loaded as
 * the classic script it ships as.
 */
export async function accessibilityViolations(widget: LoketWidget): Promise<string[]> {
  const win = window as unknown as { axe?: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } };
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  }
  // Measure the finished screen, not the fade-in: contrast is judged on the colours that stay.
  await Promise.all(widget.shadowRoot!.getAnimations().map((animation) => animation.finished));
  const result = await win.axe!.run(widget, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }, rules: { region: { enabled: false } } });
  return result.violations.map((violation) => `${violation.id}: ${violation.help} (${JSON.stringify(violation.nodes.map((node) => node.target))})`);
}

/**
 * Goes past the suggestions step (shown after the guided questions): waits until it has loaded,
 * then takes its main button, to the description.
 */
export async function passSuggestions(widget: LoketWidget): Promise<void> {
  // Articles load in parallel with the first steps; on a busy test machine that can take a moment.
  await waitUntil(() => $(widget, '[data-no-match], .suggestions') || $(widget, 'textarea'), 'the suggestions step did not load', { timeout: 5000 });
  if (!$(widget, 'textarea')) await next(widget);
  await waitUntil(() => $(widget, '#loket-description'), 'the description step did not appear');
}

/**
 * From the suggestions: opens an article, says it did not help, describes the problem and files
 * the case; waits for the receipt.
 */
export async function fileAfterUnhelpfulArticle(widget: LoketWidget, article: string, description: string): Promise<void> {
  await click(widget, `[data-article="${article}"]`);
  await click(widget, '[data-outcome="not_solved"]');
  await waitUntil(() => $(widget, '#loket-description'), 'the description step did not follow');
  await type(widget, description);
  await next(widget);
  await next(widget);
  await waitUntil(() => $(widget, '[data-reference]'), 'the case was not filed');
}
