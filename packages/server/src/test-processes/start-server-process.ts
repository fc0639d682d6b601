import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LOKET_FROM_SOURCE = fileURLToPath(new URL('./loket-from-source.mjs', import.meta.url));
const LISTENING = /Loket: (http:\/\/\S+)/;

/** A `loket serve` process started by a test. */
export type ServerProcess = {
  /** Where it listens, e.g. `http://localhost:40123`. */
  url: string;
  /** What it printed so far. */
  output(): string;
  /** Stops it as Ctrl-C would and resolves with its exit code. */
  stop(): Promise<number | null>;
  /** Kills it at once with `SIGKILL`, as a crash or the kernel's out-of-memory killer would, and resolves when it is gone. */
  kill(): Promise<void>;
};

/**
 * Starts `loket serve` from the sources (no build needed) in a process of its own, on a free port,
 * and resolves when it listens.
 *
 * @param args - the options of `loket serve`, e.g. `['--sites', dir, '--database-url', url]`.
 * @throws {Error} with its output when it exits or does not listen within `timeoutMs` (it is killed then).
 */
export async function startServerProcess(args: string[], timeoutMs = 30_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, [LOKET_FROM_SOURCE, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind the failed test, holding its port and data.
      child.kill('SIGKILL');
      reject(new Error(`loket serve did not listen within ${timeoutMs / 1000} s:\n${output}`));
    }, timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const listening = LISTENING.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(listening[1]!);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`loket serve exited with ${code} before it listened:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop() {
      if (running()) child.kill('SIGINT');
      return exited;
    },
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exited;
    },
  };
}
