// One visit of the host page in a fresh browser context (cold cache) for bench/host-impact.mjs:
// load and sit still; then, with our script tag, point at the launcher and click it, then point at
// the first topic and click it.
import { failedOf, recordNetwork, totalOf } from './network-log.mjs';
import { centreOf, observePerformance, readTimeline, watchIntent, watchStep } from './page-probes.mjs';
import { blockingTimeOf, layoutShiftIn, longTasksIn, requestsIn } from './timeline.mjs';

/** How long the page sits still after `load` before the figures "before any interaction" are taken. */
export const QUIET_MS = 1000;
/** Longest wait for the widget to load or show a step. */
const WAIT_MS = 10_000;
/** Where the pointer goes: the launcher's button, and the first topic of the first step. */
const LAUNCHER = { host: '[data-loket="launcher"]', target: 'button' };
const FIRST_TOPIC = { host: 'loket-widget', target: 'ul.topics button.topic[data-topic]' };

const summariseTasks = (tasks) => ({
  count: tasks.length,
  blockingMs: blockingTimeOf(tasks),
  ours: tasks.filter((task) => task.ours).length,
  oursBlockingMs: blockingTimeOf(tasks.filter((task) => task.ours)),
  tasks,
});

/**
 * Visits `url` and measures it; with `loketOrigin`, also preloads on intent and opens the widget,
 * then fetches the report's steps on intent to choose a topic and chooses the first one.
 * Fresh context per visit: no cache, no storage, no connection kept from an earlier visit.
 */
export async function visit(browser, { url, loketOrigin }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observePerformance);
    const cdp = await context.newCDPSession(page);
    const network = await recordNetwork(cdp);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const quietAt = await page.evaluate(() => performance.now());
    const steps = loketOrigin ? await openWidget(page, network, loketOrigin) : undefined;
    // Observers report a task after it ends; give the last ones a moment.
    await page.waitForTimeout(100);
    const timeline = await page.evaluate(readTimeline);
    if (timeline.unsupported.length > 0) throw new Error(`This Chromium does not report ${timeline.unsupported.join(', ')} entries; the figures would be wrong.`);

    const origin = loketOrigin ?? 'none:';
    const loaded = network.requests('load');
    const result = {
      pageBytes: totalOf(loaded).bytes,
      loket: totalOf(network.requests('load', origin)),
      loketFiles: network.requests('load', origin),
      apiRequests: network.requests('load', `${origin}/v1/`).length,
      tasks: summariseTasks(longTasksIn(timeline, origin, 0, quietAt)),
      layoutShift: layoutShiftIn(timeline, 0, quietAt),
      mainThreadMs: 1000 * (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0),
      failed: failedOf(loaded),
    };
    if (!steps) return result;
    const { intentAt, pointed, shown, topicIntentAt, question } = steps;
    const preloaded = network.requests('intent', origin);
    result.intent = {
      preloadMs: pointed.definedAt - pointed.pointedAt,
      loaded: totalOf(preloaded),
      files: preloaded,
      failed: failedOf(preloaded),
      tasks: summariseTasks(longTasksIn(timeline, origin, intentAt, shown.clickedAt)),
    };
    result.open = stepShown(timeline, origin, shown);
    const fetched = network.requests('topic-intent', origin);
    result.topicIntent = {
      loaded: totalOf(fetched),
      files: fetched,
      failed: failedOf(fetched),
      tasks: summariseTasks(longTasksIn(timeline, origin, topicIntentAt, question.clickedAt)),
    };
    result.question = stepShown(timeline, origin, question);
    return result;
  } finally {
    await context.close();
  }
}

/** From the click to a step shown (what `watchStep` saw): times, requests on the way, long tasks. */
const stepShown = (timeline, origin, shown) => ({
  ...shown,
  readyMs: shown.readyAt - shown.clickedAt,
  shownMs: shown.paintedAt - shown.clickedAt,
  requests: requestsIn(timeline, origin, shown.clickedAt, shown.readyAt),
  tasks: summariseTasks(longTasksIn(timeline, origin, shown.clickedAt, shown.paintedAt)),
});

/**
 * As a customer: moves the pointer onto the launcher (intent: the UI preloads), waits until
 * everything from our origin has arrived, then clicks and waits for the first step; then moves the
 * pointer onto the first topic (intent to choose one: the report's steps are fetched), waits again
 * and clicks it, for its first question. Mouse input goes straight through the DevTools protocol,
 * so no helper script of Playwright runs in the page while it is measured.
 */
async function openWidget(page, network, loketOrigin) {
  const launcher = await page.evaluate(centreOf, LAUNCHER);
  if (!launcher) throw new Error('The launcher button is not on the page after load: did loket.js load? (no [data-loket="launcher"] element)');
  network.phase = 'intent';
  const intentAt = await page.evaluate(() => performance.now());
  await page.evaluate(watchIntent, WAIT_MS);
  await page.mouse.move(launcher.x, launcher.y);
  const pointed = await page.evaluate(() => window.__loketBench.intent);
  if (pointed.timedOut) throw new Error(`<loket-widget> was not defined within ${WAIT_MS / 1000} s of pointing at the launcher.`);
  await network.waitForIdle(loketOrigin);

  network.phase = 'open';
  const shown = await clickForStep(page, launcher, 'the first step');
  await network.waitForIdle(loketOrigin);

  const topic = await page.evaluate(centreOf, FIRST_TOPIC);
  if (!topic) throw new Error(`The first step shows no topic button (${FIRST_TOPIC.target} in ${FIRST_TOPIC.host}).`);
  network.phase = 'topic-intent';
  const topicIntentAt = await page.evaluate(() => performance.now());
  await page.mouse.move(topic.x, topic.y);
  // A new phase counts as activity: the wait lasts at least its quiet time from here, so the
  // requests the pointer starts (on `pointerover` of the topic list) are seen and waited for.
  await network.waitForIdle(loketOrigin);

  network.phase = 'topic';
  const question = await clickForStep(page, topic, 'the first question of the first topic');
  network.phase = 'after';
  return { intentAt, pointed, shown, topicIntentAt, question };
}

/** Clicks at `point` and waits for the step it brings; `what` names that step in errors. */
async function clickForStep(page, point, what) {
  await page.evaluate(watchStep, WAIT_MS);
  await page.mouse.click(point.x, point.y);
  const shown = await page.evaluate(() => window.__loketBench.step);
  if (shown.timedOut) throw new Error(`No ${what.replace(/^the /, '')} within ${WAIT_MS / 1000} s of the click (focus on ${shown.focused}).`);
  if (shown.problem) throw new Error(`The widget showed a problem instead of ${what}: "${shown.problem}".`);
  return shown;
}
