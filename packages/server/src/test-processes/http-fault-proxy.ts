import { Agent, createServer, request } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ProxyTarget } from './tcp-proxy';

/** Options of {@link startHttpFaultProxy}. */
export type HttpFaultProxyOptions = {
  /** The server to forward to; may be changed later through {@link HttpFaultProxy.target}. */
  target: ProxyTarget;
  /** Chance that a request is answered 503 without being forwarded: the server never saw it. @default 0 */
  failBeforeChance?: number;
  /**
   * Chance that a request is forwarded and the server's answer thrown away for a 502: the server
   * acted on it (a case may be stored), but the client hears of a failure. @default 0
   */
  failAfterChance?: number;
  /** A random number in [0, 1). @default Math.random */
  random?: () => number;
};

/** What an {@link HttpFaultProxy} did so far. */
export type HttpFaultCounts = {
  /** Answers passed on from the server as they came. */
  passed: number;
  /** Requests answered 503 without forwarding. */
  failedBefore: number;
  /** Requests the server answered, answered 502 instead. */
  failedAfter: number;
  /** Requests the server could not be reached for (down, restarting), answered 502 as a load balancer would. */
  unreachable: number;
};

/** A reverse proxy in the test process that answers some requests with 5xx of its own. */
export type HttpFaultProxy = {
  /** Its address, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  readonly port: number;
  /** Where it forwards to; a new target applies to the next request (a server restarted on another port). */
  target: ProxyTarget;
  readonly counts: HttpFaultCounts;
  /** Forwards every request faithfully until {@link HttpFaultProxy.resume}. */
  pause(): void;
  /** Injects faults again. */
  resume(): void;
  close(): Promise<void>;
};

// Headers of one connection, not of the request or answer (RFC 9110, 7.6.1).
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}

async function readBody(stream: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The HTML error page a load balancer answers with: not the API's JSON, as clients meet it in the wild. */
function answerBadly(response: ServerResponse, status: 502 | 503): void {
  const text = status === 502 ? 'Bad Gateway' : 'Service Unavailable';
  response.writeHead(status, { 'Content-Type': 'text/html' }).end(`<html><body><h1>${status} ${text}</h1></body></html>`);
}

/**
 * Starts an HTTP reverse proxy on a free port of 127.0.0.1 in front of `target` that answers some
 * requests with a 5xx of its own, before forwarding them or after the server answered, the way a
 * load balancer or gateway in trouble does.
 *
 * @example
 * const proxy = await startHttpFaultProxy({ target: { host: '127.0.0.1', port: 8787 }, failAfterChance: 0.05 });
 * await fetch(`${proxy.url}/v1/health`);
 */
export async function startHttpFaultProxy(options: HttpFaultProxyOptions): Promise<HttpFaultProxy> {
  const { failBeforeChance = 0, failAfterChance = 0, random = Math.random } = options;
  const counts: HttpFaultCounts = { passed: 0, failedBefore: 0, failedAfter: 0, unreachable: 0 };
  let agent = new Agent({ keepAlive: true });
  let target = options.target;
  let paused = false;

  const server = createServer((incoming, response) => {
    void (async () => {
      const body = await readBody(incoming);
      if (!paused && random() < failBeforeChance) {
        counts.failedBefore += 1;
        return answerBadly(response, 503);
      }
      const forwarded = request({ ...target, agent, method: incoming.method, path: incoming.url, headers: endToEnd(incoming.headers) });
      forwarded.once('error', () => {
        counts.unreachable += 1;
        if (!response.headersSent) answerBadly(response, 502);
      });
      forwarded.once('response', (answer) => {
        void readBody(answer).then(
          (answerBody) => {
            if (!paused && random() < failAfterChance) {
              counts.failedAfter += 1;
              return answerBadly(response, 502);
            }
            counts.passed += 1;
            response.writeHead(answer.statusCode ?? 502, endToEnd(answer.headers)).end(answerBody);
          },
          () => forwarded.destroy(new Error('The answer broke off.')),
        );
      });
      forwarded.end(body);
    })().catch(() => response.destroy());
  });
  // The client may go away mid-request (a reset further in front); nothing to answer then.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get target() {
      return target;
    },
    set target(next) {
      target = next;
      // Connections to the old server are of no use any more.
      agent.destroy();
      agent = new Agent({ keepAlive: true });
    },
    counts,
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
    },
    close() {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
