// Prints what bench/host-impact.mjs measured: each figure as median (worst) over the runs, beside
// its budget from issue 7, then where our code blocked or shifted the page.

/** Issue 7's targets for the host page. */
export const BUDGET = { loketBytes: 2 * 1024, apiRequests: 0, longTasks: 0, blockingMs: 0, layoutShift: 0, shownMs: 100 };

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const worst = (values) => Math.max(...values);
export const bytes = (value) => (Math.abs(value) < 1024 ? `${Math.round(value)} B` : `${(value / 1024).toFixed(1)} KB`);
const ms = (value) => `${value === 0 ? 0 : value.toFixed(Math.abs(value) < 10 ? 1 : 0)} ms`;
const count = (value) => String(value);
const shift = (value) => value.toFixed(3);
const requests = (runs) => {
  const number = median(runs);
  return `${number} request${number === 1 ? '' : 's'}`;
};
const signed = (format) => (value) => (value > 0 ? `+${format(value)}` : format(value));

/** "12 ms (18 ms)": the median and, when different, the worst run. */
const cell = (values, format) => {
  if (!values) return '—';
  const [middle, high] = [median(values), worst(values)];
  return format(high) === format(middle) ? format(middle) : `${format(middle)} (${format(high)})`;
};
const line = (cells, widths) => cells.map((text, index) => (index === 0 ? text.padEnd(widths[0]) : text.padStart(widths[index]))).join(' | ').trimEnd();

/**
 * One row: `without` and `with` are per-run values (either may be absent); `budget` is judged on the
 * median for times and on the worst run for everything else (`on`).
 */
function row(label, { without, with: withValues, format, budget }) {
  const difference = without && withValues ? signed(format)(median(withValues) - median(without)) : '';
  let result = '';
  if (budget) {
    const judged = budget.on === 'median' ? median(withValues) : worst(withValues);
    budget.met = judged <= budget.limit && !(budget.strict && judged === budget.limit);
    result = budget.met ? '✓' : `✗ ${budget.on === 'median' ? 'median' : 'worst run'} ${format(judged)}`;
  }
  return { cells: [label, cell(without, format), cell(withValues, format), difference, budget?.text ?? '', result], budget };
}

/**
 * The rows of a click that brings a step (`label` is "click → first step"), over the runs' `shown`
 * (what visit.mjs made of `watchStep`): on screen within issue 7's 100 ms, in the DOM, long tasks.
 */
const clickRows = (label, shown) => [
  row(`${label} on screen, focused`, { with: shown.map((step) => step.shownMs), format: ms, budget: { text: '< 100 ms', limit: BUDGET.shownMs, strict: true, on: 'median' } }),
  row(`  ${label} in the DOM, focused`, { with: shown.map((step) => step.readyMs), format: ms }),
  row('  long tasks caused by Loket code', { with: shown.map((step) => step.tasks.ours), format: count, budget: { text: 'none', limit: BUDGET.longTasks } }),
];

/** Prints both tables and the findings; returns how many budgets there are and how many were missed. */
export function printReport({ plain, withLoket, loketOrigin }) {
  const pick = (runs, read) => runs.map(read);
  const rows = [
    row('bytes transferred, whole page', { without: pick(plain, (run) => run.pageBytes), with: pick(withLoket, (run) => run.pageBytes), format: bytes }),
    row(`  of which from the Loket origin (${requests(pick(withLoket, (run) => run.loket.count))})`, {
      with: pick(withLoket, (run) => run.loket.bytes), format: bytes, budget: { text: '< 2 KB', limit: BUDGET.loketBytes, strict: true },
    }),
    row('requests to the Loket API', { with: pick(withLoket, (run) => run.apiRequests), format: count, budget: { text: 'none', limit: BUDGET.apiRequests } }),
    row('long tasks (> 50 ms)', { without: pick(plain, (run) => run.tasks.count), with: pick(withLoket, (run) => run.tasks.count), format: count }),
    row('  of which caused by Loket code', { with: pick(withLoket, (run) => run.tasks.ours), format: count, budget: { text: 'none', limit: BUDGET.longTasks } }),
    row('Total Blocking Time', { without: pick(plain, (run) => run.tasks.blockingMs), with: pick(withLoket, (run) => run.tasks.blockingMs), format: ms }),
    row('  of which by Loket code', { with: pick(withLoket, (run) => run.tasks.oursBlockingMs), format: ms, budget: { text: '0 ms', limit: BUDGET.blockingMs } }),
    row('Cumulative Layout Shift', {
      without: pick(plain, (run) => run.layoutShift.value), with: pick(withLoket, (run) => run.layoutShift.value), format: shift, budget: { text: '0', limit: BUDGET.layoutShift },
    }),
    row('main thread busy (all tasks, any length)', { without: pick(plain, (run) => run.mainThreadMs), with: pick(withLoket, (run) => run.mainThreadMs), format: ms }),
  ];

  const intent = (read) => pick(withLoket, (run) => read(run.intent));
  const topicIntent = (read) => pick(withLoket, (run) => read(run.topicIntent));
  const steps = [
    row('pointer on launcher → UI defined (preload)', { with: intent((run) => run.preloadMs), format: ms }),
    row(`  transferred on intent (${requests(intent((run) => run.loaded.count))})`, { with: intent((run) => run.loaded.bytes), format: bytes }),
    row('  long tasks caused by Loket code', { with: intent((run) => run.tasks.ours), format: count, budget: { text: 'none', limit: BUDGET.longTasks } }),
    ...clickRows('click → first step', pick(withLoket, (run) => run.open)),
    row(`pointer on a topic: transferred (${requests(topicIntent((run) => run.loaded.count))})`, { with: topicIntent((run) => run.loaded.bytes), format: bytes }),
    row('  long tasks caused by Loket code', { with: topicIntent((run) => run.tasks.ours), format: count, budget: { text: 'none', limit: BUDGET.longTasks } }),
    ...clickRows('click on a topic → first question', pick(withLoket, (run) => run.question)),
  ];
  // The labels set the first column; the tables share it.
  const widths = [Math.max(44, ...[...rows, ...steps].map(({ cells }) => cells[0].length)), 13, 15, 11, 8];
  console.log(line(['before any interaction (load, then 1 s still)', 'without tag', 'with tag', 'difference', 'budget', 'result'], widths));
  for (const { cells } of rows) console.log(line(cells, widths));
  console.log(`\n${line(['on intent, then click (with the tag)', '', 'median (worst)', '', 'budget', 'result'], widths)}`);
  for (const { cells } of steps) console.log(line(cells, widths));

  const middleBy = (read) => [...withLoket].sort((a, b) => read(a).shownMs - read(b).shownMs)[Math.floor((withLoket.length - 1) / 2)];
  const middle = middleBy((run) => run.open);
  const files = (requests) => requests.map((request) => `${new URL(request.url).pathname} ${bytes(request.bytes)}${request.encoding === 'none' ? '' : ` ${request.encoding}`}`).join(', ') || 'nothing';
  console.log(`\nFrom the Loket origin in the median run (headers and body as sent; encoding when compressed): before intent ${files(middle.loketFiles)}; on intent ${files(middle.intent.files)}; on topic intent ${files(middle.topicIntent.files)}.`);
  const clickLine = (what, step) => {
    const sent = step.requests.map((request) => `${request.path} (sent +${ms(request.startMs)}, answered +${ms(request.endMs)})`).join(', ') || 'none';
    console.log(`Between ${what}: ${sent}. Focus then on ${step.focused} ("${step.heading}"); the next control is ${step.firstControl}.`);
  };
  clickLine('click and first step', middle.open);
  clickLine('click on a topic and first question (its median run)', middleBy((run) => run.question).question);
  printFindings({ plain, withLoket, loketOrigin });
  const judged = [...rows, ...steps].filter((entry) => entry.budget);
  return { budgets: judged.length, missed: judged.filter((entry) => !entry.budget.met).length };
}

/** Where our code made long tasks or shifted the layout, and requests to our origin that failed. */
function printFindings({ plain, withLoket, loketOrigin }) {
  const findings = [];
  const tasksBy = (phase, runs) => {
    const seen = new Map();
    for (const run of runs) {
      for (const task of run.tasks.filter((entry) => entry.ours)) {
        const key = task.where.join('; ');
        const entry = seen.get(key) ?? { runs: new Set(), longest: 0 };
        seen.set(key, { runs: entry.runs.add(run), longest: Math.max(entry.longest, task.duration) });
      }
    }
    for (const [where, entry] of seen) findings.push(`long task ${phase} in ${entry.runs.size} of ${runs.length} runs, up to ${ms(entry.longest)}: ${where}`);
  };
  tasksBy('before interaction', withLoket.map((run) => run.tasks));
  tasksBy('on intent (preload)', withLoket.map((run) => run.intent.tasks));
  tasksBy('between click and first step', withLoket.map((run) => run.open.tasks));
  tasksBy('on intent to choose a topic (report steps)', withLoket.map((run) => run.topicIntent.tasks));
  tasksBy('between click on a topic and first question', withLoket.map((run) => run.question.tasks));
  const others = withLoket.flatMap((run) => run.tasks.tasks.filter((task) => !task.ours));
  const unattributed = others.length - plain.flatMap((run) => run.tasks.tasks).length;
  if (unattributed > 0) {
    const longest = Math.max(...others.map((task) => task.duration));
    const what = others.map((task) => `${ms(task.duration)} at ${ms(task.start)} (rendering ${ms(task.renderMs)}${task.others.length > 0 ? `; ${task.others.join(', ')}` : ''})`);
    findings.push(`${unattributed} more long tasks before interaction over ${withLoket.length} runs with the tag than without (up to ${ms(longest)}), with no Loket script in them: ${what.join('; ')}`);
  }
  const shifted = withLoket.filter((run) => run.layoutShift.value > 0);
  if (shifted.length > 0) findings.push(`layout shift in ${shifted.length} of ${withLoket.length} runs, moved: ${[...new Set(shifted.flatMap((run) => run.layoutShift.sources))].join(', ')}`);
  const failed = withLoket.flatMap((run) => [...run.failed, ...run.intent.failed, ...run.topicIntent.failed]).filter((request) => request.url.startsWith(loketOrigin));
  for (const url of new Set(failed.map((request) => `${request.url.slice(loketOrigin.length)} → ${request.failed ?? request.status}`))) findings.push(`request to the Loket origin failed: ${url}`);
  console.log(findings.length === 0 ? '\nFindings: no long task and no layout shift by Loket code; no failed request.' : `\nFindings:\n${findings.map((text) => `- ${text}`).join('\n')}`);
}
