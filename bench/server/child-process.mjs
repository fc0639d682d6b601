// A server under test as a process of its own, so its memory is its own and it gets a core of its
// own like in production; the benchmark client runs in this process.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { onExit } from './on-exit.mjs';

/**
 * Starts `node <args>` and resolves when a line of its output matches `readyPattern`, whose first
 * group is the address it listens on.
 *
 * @returns the process, its address and `stop()` (SIGTERM, then waits for the exit).
 */
export async function startChild(args, { env = {}, readyPattern, timeoutMs = 60_000 }) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const forget = onExit(() => child.kill('SIGTERM'));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))).finally(forget);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start within ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = readyPattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`${args.join(' ')} exited (${code ?? signal}) before it was ready:\n${output}`));
    });
  });
  return {
    pid: child.pid,
    url,
    /** Everything it printed so far (errors it logged while under load, for instance). */
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Resident memory of a process from /proc: now (`VmRSS`) and its peak so far (`VmHWM`), in bytes. */
export async function readMemory(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

// /proc counts CPU time in ticks of 1/100 s (`getconf CLK_TCK` on Linux).
const TICK_MS = 10;

/**
 * CPU time (user + system) used so far by the processes given and their children that are still
 * running, in milliseconds.
 */
export async function readCpuMs(pids) {
  const wanted = new Set(pids);
  let ticks = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which may hold spaces: state, ppid, … utime (14th), stime (15th).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (wanted.has(Number(entry)) || wanted.has(Number(fields[1]))) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks * TICK_MS;
}
