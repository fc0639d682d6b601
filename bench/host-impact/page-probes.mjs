// Code that runs inside the host page for bench/host-impact.mjs. Playwright sends each function's
// source to the page, so each is self-contained: no imports, no outer variables.

/**
 * Registered before any script of the page (`addInitScript`): records long tasks, long animation
 * frames (whose script entries name the file that ran, which is how a long task is traced to our
 * code) and layout shifts in `window.__loketBench`.
 */
export function observePerformance() {
  const bench = (window.__loketBench = { longTasks: [], frames: [], shifts: [], unsupported: [] });
  const name = (node) => {
    if (!node) return '(a node since removed)';
    if (node.nodeType !== 1) return node.nodeName.toLowerCase();
    const classes = [...node.classList].slice(0, 2).map((value) => `.${value}`).join('');
    return `${node.localName}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  // A node in a shadow root is named after its host too: `div[data-loket] › button`.
  const describe = (node) => {
    const host = node?.getRootNode?.().host;
    return host ? `${name(host)}${host.dataset?.loket ? `[data-loket=${host.dataset.loket}]` : ''} › ${name(node)}` : name(node);
  };
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch {
      bench.unsupported.push(type);
    }
  };
  observe('longtask', (entry) => bench.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('long-animation-frame', (entry) =>
    bench.frames.push({
      start: entry.startTime,
      duration: entry.duration,
      renderStart: entry.renderStart,
      scripts: entry.scripts.map((script) => ({
        start: script.startTime,
        duration: script.duration,
        url: script.sourceURL,
        functionName: script.sourceFunctionName,
        invoker: script.invoker,
      })),
    }),
  );
  observe('layout-shift', (entry) =>
    bench.shifts.push({ start: entry.startTime, value: entry.value, hadRecentInput: entry.hadRecentInput, sources: (entry.sources ?? []).map((source) => describe(source.node)) }),
  );
  bench.describe = describe;
}

/**
 * Called just before the pointer moves onto the launcher: `window.__loketBench.intent` resolves
 * when the pointer arrived and when `<loket-widget>` got defined.
 */
export function watchIntent(timeoutMs) {
  window.__loketBench.intent = new Promise((resolve) => {
    setTimeout(() => resolve({ timedOut: true }), timeoutMs);
    addEventListener(
      'pointerover',
      (event) => {
        const pointedAt = event.timeStamp;
        customElements.whenDefined('loket-widget').then(() => resolve({ pointedAt, definedAt: performance.now() }));
      },
      { capture: true, once: true },
    );
  });
}

/**
 * Called just before a click that should bring a new step (on the launcher: the first step; on a
 * topic: its first question): `window.__loketBench.step` resolves when that step is shown. Judged
 * from what the customer gets, not from the widget's internals: focus is inside a visible
 * `role="dialog"`, on something new (not what had focus when this was called or at the click, or
 * it is but shows another text: the widget focuses the new step's heading), and an enabled control
 * follows it there (Tab reaches the step's first control). A `role="alert"` in the dialog instead
 * (the site configuration or the report's steps did not load) ends the wait as a problem.
 * `paintedAt` is after the next frame, when the step is on screen.
 */
export function watchStep(timeoutMs) {
  const CONTROLS = 'button, input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])';
  const bench = window.__loketBench;
  bench.step = new Promise((resolve) => {
    let clickedAt;
    let handledAt;
    let done = false;
    const visible = (element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const deepActiveElement = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    // What had focus before the new step: the previous step's heading, the control clicked.
    const before = new Map();
    const remember = () => {
      const active = deepActiveElement();
      if (active) before.set(active, active.textContent);
    };
    remember();
    const check = () => {
      if (done || clickedAt === undefined) return;
      const active = deepActiveElement();
      const dialog = active?.closest('[role="dialog"]');
      if (!dialog || !visible(dialog)) return;
      const problem = dialog.querySelector('[role="alert"]');
      const moved = !before.has(active) || before.get(active) !== active.textContent;
      const control = [...dialog.querySelectorAll(CONTROLS)].find(
        (element) => element !== active && !element.disabled && visible(element) && active.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      if (!problem && !(moved && control)) return;
      done = true;
      const shown = {
        clickedAt,
        handledAt,
        readyAt: performance.now(),
        focused: bench.describe(active),
        heading: active.textContent.trim().replace(/\s+/g, ' '),
        firstControl: control ? bench.describe(control) : undefined,
        problem: problem?.textContent.trim(),
      };
      requestAnimationFrame(() => setTimeout(() => resolve({ ...shown, paintedAt: performance.now() })));
    };
    // Focus moves synchronously after the widget renders the step: focusin sees that moment exactly.
    // Each frame is checked too, in case focus arrived first and the controls later.
    document.addEventListener('focusin', check, true);
    const everyFrame = () => {
      check();
      if (!done) requestAnimationFrame(everyFrame);
    };
    addEventListener(
      'click',
      (event) => {
        handledAt = performance.now();
        // The input's own time when it is sane; synthetic input may carry none.
        clickedAt = event.timeStamp > 0 && event.timeStamp <= handledAt && handledAt - event.timeStamp < 1000 ? event.timeStamp : handledAt;
        // The press focused the control clicked (a topic button); the widget has not handled the click yet.
        remember();
        requestAnimationFrame(everyFrame);
      },
      { capture: true, once: true },
    );
    setTimeout(() => {
      if (done) return;
      done = true;
      const active = deepActiveElement();
      resolve({ timedOut: true, clickedAt, focused: active ? bench.describe(active) : 'nothing' });
    }, timeoutMs);
  });
}

/**
 * The centre of the first `target` in the shadow root of the first `host` element: the launcher
 * (`[data-loket="launcher"]` › `button`, the marker attribute the loader puts on its host element)
 * or a topic (`loket-widget` › `button.topic`). Undefined when there is none or it has no size.
 */
export function centreOf({ host, target }) {
  const element = document.querySelector(host)?.shadowRoot?.querySelector(target);
  const box = element?.getBoundingClientRect();
  if (!box || box.width === 0 || box.height === 0) return undefined;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What the observers recorded, and the requests the page made (names and times, any origin). */
export function readTimeline() {
  const { longTasks, frames, shifts, unsupported } = window.__loketBench;
  const requests = performance.getEntriesByType('resource').map((entry) => ({ url: entry.name, start: entry.startTime, end: entry.responseEnd }));
  return { longTasks, frames, shifts, unsupported, requests };
}
