// Reads the page's performance entries for bench/host-impact.mjs: long tasks and whose code ran in
// them, Total Blocking Time and Cumulative Layout Shift, within a span of the page's timeline.

/** A task is long from 50 ms; what lies beyond blocks input (Total Blocking Time). */
const LONG_TASK_MS = 50;

const overlaps = (a, b) => a.start < b.start + b.duration && b.start < a.start + a.duration;
const pathOf = (url) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url || '(no script)';
  }
};

/**
 * Long tasks that started in [from, to), each with the scripts from `origin` that ran in it (from
 * the long animation frames' script entries). A task is ours when one of our scripts ran in it.
 * `renderMs` is how long the rendering (style, layout, paint) of the frames it overlaps took, and
 * `others` names scripts of other origins in it: together they say what a task not ours was.
 */
export function longTasksIn(timeline, origin, from, to) {
  const scripts = timeline.frames.flatMap((frame) => frame.scripts);
  const describe = (script) => `${pathOf(script.url)}${script.functionName ? ` ${script.functionName}()` : ''} run by ${script.invoker || 'an unknown invoker'}`;
  return timeline.longTasks
    .filter((task) => task.start >= from && task.start < to)
    .map((task) => {
      const inTask = scripts.filter((script) => overlaps(script, task));
      const ours = inTask.filter((script) => script.url.startsWith(origin));
      const frames = timeline.frames.filter((frame) => frame.renderStart > 0 && overlaps(frame, task));
      return {
        ...task,
        ours: ours.length > 0,
        where: [...new Set(ours.map(describe))],
        others: [...new Set(inTask.filter((script) => !script.url.startsWith(origin)).map(describe))],
        renderMs: Math.max(0, ...frames.map((frame) => frame.start + frame.duration - frame.renderStart)),
      };
    });
}

/** Sum of what each long task took beyond 50 ms. */
export const blockingTimeOf = (tasks) => tasks.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0);

/**
 * Cumulative Layout Shift of the shifts in [from, to) not caused by input: the largest session
 * window (shifts less than 1 s apart, at most 5 s long), as Chromium's web-vitals define it.
 */
export function layoutShiftIn(timeline, from, to) {
  const shifts = timeline.shifts.filter((shift) => !shift.hadRecentInput && shift.start >= from && shift.start < to);
  let largest = 0;
  let window = { first: -Infinity, last: -Infinity, value: 0 };
  for (const shift of shifts) {
    if (shift.start - window.last >= 1000 || shift.start - window.first >= 5000) window = { first: shift.start, last: shift.start, value: 0 };
    window.value += shift.value;
    window.last = shift.start;
    largest = Math.max(largest, window.value);
  }
  return { value: largest, sources: [...new Set(shifts.flatMap((shift) => shift.sources))] };
}

/** The paths of requests to `origin` that started in [from, to), with when they started and ended after `from`. */
export const requestsIn = (timeline, origin, from, to) =>
  timeline.requests
    .filter((request) => request.url.startsWith(origin) && request.start >= from && request.start < to)
    .map((request) => ({ path: pathOf(request.url), startMs: request.start - from, endMs: request.end - from }));
