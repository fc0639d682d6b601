/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { caseHandlers, rememberInBrowser, siteHandlers, storedCase, useApiStandIn, worker } from '../../test-support/api-stand-in';
import { $, accessibilityViolations, choose, click, heading, next, openWidget, passSuggestions, type } from '../../test-support/widget-driver';
import type { LoketWidget } from './loket-widget';

useApiStandIn();

const style = (widget: LoketWidget, selector: string) => getComputedStyle($(widget, selector)!);

/** Adds a style sheet to the page, as a company's own CSS; removed after the test. */
function pageStyles(text: string): void {
  const sheet = document.createElement('style');
  sheet.textContent = text;
  sheet.dataset.test = 'theming';
  document.head.append(sheet);
}

/** Opens the widget with `theme` set (or not), in English. */
async function openThemed(theme?: string): Promise<LoketWidget> {
  const widget = await openWidget('en');
  if (theme) widget.setAttribute('theme', theme);
  await widget.updateComplete;
  return widget;
}

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(17, 34, 34)';

afterEach(async () => {
  document.querySelectorAll('style[data-test="theming"]').forEach((sheet) => sheet.remove());
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
});

describe('theming <loket-widget>', () => {
  it('takes its accent, text on the accent, radius and font from the --loket-* custom properties', async () => {
    worker.use(...siteHandlers);
    pageStyles('loket-widget { --loket-accent: rgb(120, 20, 60); --loket-accent-text: rgb(250, 250, 200); --loket-radius: 3px; --loket-font: Georgia, serif; }');
    const widget = await openThemed();
    expect(style(widget, 'header').backgroundColor).to.equal('rgb(120, 20, 60)');
    expect(style(widget, 'header').color).to.equal('rgb(250, 250, 200)');
    expect(style(widget, '[part~="window"]').borderTopLeftRadius).to.equal('3px');
    expect(style(widget, '#loket-step-heading').fontFamily).to.equal('Georgia, serif');
  });

  it('places the window by --loket-offset-x/-y and --loket-z-index, above the launcher and clear of it', async () => {
    worker.use(...siteHandlers);
    // The page's own fixed button sits in the corner: the launcher moves up to 96px, and the window with it.
    pageStyles(':root { --loket-offset-x: 32px; --loket-offset-y: 96px; --loket-z-index: 40; }');
    const widget = await openThemed();
    const panel = style(widget, '[part~="window"]');
    expect(panel.right).to.equal('32px');
    expect(panel.bottom).to.equal(`${96 + 68}px`);
    expect(panel.zIndex).to.equal('40');
    // The launcher (52px tall) sits 96px from the bottom; the window's lower edge stays above its top.
    const launcherTop = innerHeight - 96 - 52;
    expect($(widget, '[part~="window"]')!.getBoundingClientRect().bottom).to.be.below(launcherTop);
  });

  it('opens above a launcher in the bottom-left corner', async () => {
    worker.use(...siteHandlers);
    pageStyles(':root { --loket-offset-x: 32px; }');
    const widget = await openThemed();
    widget.setAttribute('position', 'bottom-left');
    await waitUntil(() => widget.shadowRoot!.getAnimations().length === 0, 'the window did not settle');
    expect($(widget, '[part~="window"]')!.getBoundingClientRect().left).to.equal(32);
  });

  it('on a phone, spans the screen between the top and the launcher', async () => {
    worker.use(...siteHandlers);
    await setViewport({ width: 375, height: 667 });
    const widget = await openThemed();
    await waitUntil(() => innerWidth === 375 && widget.shadowRoot!.getAnimations().length === 0, 'the viewport did not settle');
    const box = $(widget, '[part~="window"]')!.getBoundingClientRect();
    expect(box.left).to.equal(8);
    expect(box.right).to.equal(375 - 8);
    expect(box.top).to.equal(8);
    expect(box.bottom).to.equal(667 - 20 - 68);
  });

  it('lets the page style its main pieces through ::part()', async () => {
    worker.use(...siteHandlers);
    const first = ['window', 'header', 'title', 'close', 'body', 'topic'];
    const later = ['button', 'primary-button', 'input'];
    // scroll-margin is not inherited: each part must carry it itself.
    pageStyles([...first, ...later].map((part, index) => `loket-widget::part(${part}) { scroll-margin-top: ${index + 1}px; }`).join('\n'));
    const widget = await openThemed();
    const margin = (part: string) => style(widget, `[part~="${part}"]`).scrollMarginTop;
    expect(first.map(margin)).to.deep.equal(first.map((_, index) => `${index + 1}px`));
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    // The description step: a text box, Back (a button) and Next (the primary button).
    expect($(widget, 'textarea')!.getAttribute('part')).to.equal('input');
    expect(style(widget, 'textarea').scrollMarginTop).to.equal('9px');
    expect(style(widget, '.actions .secondary').scrollMarginTop).to.equal('7px');
    expect(style(widget, '.actions .end').scrollMarginTop).to.equal('8px');
  });

  it('applies a page rule for a part, e.g. a header of its own', async () => {
    worker.use(...siteHandlers);
    pageStyles('loket-widget::part(header) { background: rgb(5, 60, 110); padding: 24px; }');
    const widget = await openThemed();
    expect(style(widget, 'header').backgroundColor).to.equal('rgb(5, 60, 110)');
    expect(style(widget, 'header').paddingTop).to.equal('24px');
  });

  it('is dark with theme="dark", whatever the system says, and light with theme="light"', async () => {
    worker.use(...siteHandlers);
    const widget = await openThemed('dark');
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(DARK_SURFACE);
    expect(style(widget, '#loket-step-heading').color).to.equal('rgb(238, 238, 238)');
    await emulateMedia({ colorScheme: 'dark' });
    widget.setAttribute('theme', 'light');
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(LIGHT_SURFACE);
  });

  it('follows the system by default, and with theme="system"', async () => {
    worker.use(...siteHandlers);
    const widget = await openThemed();
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(LIGHT_SURFACE);
    await emulateMedia({ colorScheme: 'dark' });
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(DARK_SURFACE);
    widget.setAttribute('theme', 'system');
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(DARK_SURFACE);
    await emulateMedia({ colorScheme: 'light' });
    expect(style(widget, '[part~="window"]').backgroundColor).to.equal(LIGHT_SURFACE);
  });

  it('uses the page\'s dark accent in the dark scheme', async () => {
    worker.use(...siteHandlers);
    pageStyles('loket-widget { --loket-accent: rgb(120, 20, 60); --loket-accent-dark: rgb(255, 170, 200); --loket-accent-text-dark: rgb(40, 0, 10); }');
    const widget = await openThemed('dark');
    expect(style(widget, 'header').backgroundColor).to.equal('rgb(255, 170, 200)');
    expect(style(widget, 'header').color).to.equal('rgb(40, 0, 10)');
  });

  it('meets WCAG AA contrast in the dark scheme, on every kind of step', async () => {
    worker.use(...siteHandlers);
    const seen: Record<string, string[]> = {};
    let widget = await openThemed('dark');
    const check = async (name: string) => {
      seen[name] = await accessibilityViolations(widget);
    };
    await check('topics');
    await click(widget, '[data-topic="internet"]');
    await next(widget);
    await check('question with a problem');
    await choose(widget, 'yes');
    await next(widget);
    await choose(widget, 'internet');
    await check('single choice');
    widget.remove();
    localStorage.clear();
    widget = await openThemed('dark');
    await click(widget, '[data-topic="billing"]');
    await passSuggestions(widget);
    await type(widget, 'x'.repeat(5001));
    await next(widget);
    await check('description, too long');
    await type(widget, 'My bill is too high.');
    await next(widget);
    await waitUntil(() => $(widget, '[data-send]'), 'no review');
    await check('review');
    expect(Object.entries(seen).filter(([, violations]) => violations.length > 0)).to.deep.equal([]);
  });

  it('meets WCAG AA contrast in the dark scheme in My cases, with the customer\'s and support\'s messages', async () => {
    const at = new Date(Date.now() - 60_000).toISOString();
    const found = storedCase('LK-4F7Q-92KD', {
      status: 'waiting_for_customer',
      timeline: [
        { id: '1', at, type: 'created', topic: 'billing' },
        { id: '2', at, type: 'message', author: 'customer', text: 'It is still too high.', question: false },
        { id: '3', at, type: 'message', author: 'support', text: 'Which month?', question: true },
      ],
    });
    worker.use(...siteHandlers, ...caseHandlers([found]));
    rememberInBrowser([{ reference: found.reference, token: found.token, topic: 'billing' }]);
    const widget = await openThemed('dark');
    await click(widget, '[data-my-cases]');
    await waitUntil(() => heading(widget) === 'My cases', 'My cases did not open');
    const list = await accessibilityViolations(widget);
    await click(widget, `[data-case="${found.reference}"]`);
    await waitUntil(() => $(widget, '.event.message.customer'), 'the conversation did not show');
    expect(style(widget, '.event.message.customer').backgroundColor).to.not.equal('rgb(230, 242, 243)');
    expect({ list, case: await accessibilityViolations(widget) }).to.deep.equal({ list: [], case: [] });
  });

  it('animates the window only when the system allows motion', async () => {
    worker.use(...siteHandlers);
    await emulateMedia({ reducedMotion: 'reduce' });
    const still = await openThemed();
    expect(style(still, '[part~="window"]').animationName).to.equal('none');
    expect(still.shadowRoot!.getAnimations()).to.have.length(0);
    still.remove();
    await emulateMedia({ reducedMotion: 'no-preference' });
    const moving = await fixture<LoketWidget>(html`<loket-widget site="demo" api=${location.origin} locale="en"></loket-widget>`);
    moving.show();
    await moving.updateComplete;
    expect(style(moving, '[part~="window"]').animationName).to.equal('loket-in');
  });
});
