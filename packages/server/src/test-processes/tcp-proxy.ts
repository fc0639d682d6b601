import { createConnection, createServer } from 'node:net';
import type { Socket } from 'node:net';

/** Where a proxy forwards to. */
export type ProxyTarget = { host: string; port: number };

/** Options of {@link startTcpProxy}. */
export type TcpProxyOptions = {
  /** Where to forward connections; may be changed later through {@link TcpProxy.target}. */
  target: ProxyTarget;
  /**
   * Chance, per chunk of data passing in either direction, that the proxy resets the connection
   * there and then (both sides see `ECONNRESET`): a request may be cut before the server has it,
   * or its answer after the server acted on it.
   *
   * @default 0
   */
  resetChance?: number;
  /** A random number in [0, 1). @default Math.random */
  random?: () => number;
};

/** A TCP proxy in the test process, between a client and a server, that the test can break. */
export type TcpProxy = {
  /** The port it listens on (127.0.0.1). */
  readonly port: number;
  /** Where it forwards to; a new target applies to new connections. */
  target: ProxyTarget;
  /** See {@link TcpProxyOptions.resetChance}; 0 stops the random resets. */
  resetChance: number;
  /** Connections it accepted so far, forwarded or not. */
  readonly connections: number;
  /** Connections it reset at random so far. */
  readonly resets: number;
  /** Resets every open connection and every new one until {@link TcpProxy.restore}: the server is unreachable. */
  cut(): void;
  /** Forwards new connections again. */
  restore(): void;
  /** Stops listening and resets what is still open. */
  close(): Promise<void>;
};

/**
 * Starts a TCP proxy on a free port of 127.0.0.1 that forwards every connection to `target` and
 * can cut them all (a database or server that went away) or reset some at random (a flaky
 * network), without touching the server behind it.
 *
 * @example
 * const proxy = await startTcpProxy({ target: { host: '127.0.0.1', port: 5432 } });
 * proxy.cut(); // PostgreSQL is "down" for whoever connects through proxy.port
 * proxy.restore();
 */
export async function startTcpProxy(options: TcpProxyOptions): Promise<TcpProxy> {
  const { random = Math.random } = options;
  let resetChance = options.resetChance ?? 0;
  const open = new Set<Socket>();
  let cut = false;
  let resets = 0;
  let connections = 0;
  let target = options.target;

  const reset = (...sockets: Socket[]) => {
    for (const socket of sockets) if (!socket.destroyed) socket.resetAndDestroy();
  };
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    // A reset peer is expected here; the other side is reset with it below.
    socket.on('error', () => {});
  };

  const server = createServer((client) => {
    connections += 1;
    track(client);
    if (cut) return reset(client);
    const upstream = createConnection(target);
    track(upstream);
    const relay = (from: Socket, to: Socket) => {
      from.on('data', (chunk: Buffer) => {
        if (resetChance > 0 && random() < resetChance) {
          resets += 1;
          return reset(client, upstream);
        }
        to.write(chunk);
      });
      from.once('end', () => to.end());
      // A side that was reset or failed (refused: the server is down) takes the other side with it.
      from.once('close', (hadError) => (hadError ? reset(to) : to.end()));
    };
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as { port: number }).port,
    get target() {
      return target;
    },
    set target(next) {
      target = next;
    },
    get resetChance() {
      return resetChance;
    },
    set resetChance(next) {
      resetChance = next;
    },
    get connections() {
      return connections;
    },
    get resets() {
      return resets;
    },
    cut() {
      cut = true;
      reset(...open);
    },
    restore() {
      cut = false;
    },
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      reset(...open);
      return closed;
    },
  };
}
