// The requests of one page as Chromium's network layer sees them (DevTools protocol), with the
// bytes that went over the wire: response headers plus the body as sent (compressed if it was).

/**
 * Records every HTTP request of the page behind `cdp`, tagged with the phase that was current
 * when it was sent (`log.phase = 'intent'`); phases are separated by idle waits, so a tag is right.
 * A new phase counts as activity, so the wait for idle after the input that starts it lasts at
 * least `quietMs` from there, long enough for the requests the input causes to have started.
 */
export async function recordNetwork(cdp) {
  const requests = new Map();
  let phase = 'load';
  const log = {
    get phase() {
      return phase;
    },
    set phase(name) {
      phase = name;
      touch();
    },
    lastActivity: Date.now(),
    /** Requests sent in `phase` to URLs starting with `origin` (any origin when absent). */
    requests: (inPhase, origin = '') => [...requests.values()].filter((request) => request.phase === inPhase && request.url.startsWith(origin)),
    /** Resolves once no request to `origin` is under way and none started or ended (nor a phase began) for `quietMs`. */
    async waitForIdle(origin, { quietMs = 250, timeoutMs = 10_000 } = {}) {
      const started = Date.now();
      for (;;) {
        const busy = [...requests.values()].some((request) => request.url.startsWith(origin) && !request.done);
        if (!busy && Date.now() - log.lastActivity >= quietMs) return;
        if (Date.now() - started > timeoutMs) throw new Error(`Requests to ${origin} were still under way after ${timeoutMs / 1000} s.`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
  const touch = () => (log.lastActivity = Date.now());
  cdp.on('Network.requestWillBeSent', ({ requestId, request }) => {
    if (!/^https?:/.test(request.url) || requests.has(requestId)) return;
    requests.set(requestId, { url: request.url, method: request.method, phase, status: 0, headerBytes: 0, bytes: 0, done: false });
    touch();
  });
  cdp.on('Network.responseReceived', ({ requestId, response }) => {
    const request = requests.get(requestId);
    if (!request) return;
    request.status = response.status;
    request.headerBytes = response.encodedDataLength;
    const headers = Object.fromEntries(Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]));
    request.encoding = headers['content-encoding'] ?? 'none';
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (!request) return;
    Object.assign(request, { bytes: encodedDataLength, done: true });
    touch();
  });
  cdp.on('Network.loadingFailed', ({ requestId, errorText, canceled }) => {
    const request = requests.get(requestId);
    if (!request) return;
    Object.assign(request, { done: true, failed: canceled ? 'canceled' : errorText });
    touch();
  });
  await cdp.send('Network.enable');
  return log;
}

/** Count and bytes of a list of requests. */
export const totalOf = (requests) => ({ count: requests.length, bytes: requests.reduce((sum, request) => sum + request.bytes, 0) });

/** Requests that did not get a successful response, for a warning. */
export const failedOf = (requests) => requests.filter((request) => request.failed || request.status >= 400);
