import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SOAK = fileURLToPath(new URL('../bench/soak.mjs', import.meta.url));
const SECONDS = 15;

type Row = { sent: number; acknowledged: number; stored: number; duplicated: number; lost: number; storedNotAcknowledged: number; refused: number };
type Reconciliation = {
  cases: Row;
  messages: Row;
  reads: { answered: number; notFound: number };
  faults: { restarts: number; connectionsReset: number; failedBeforeForwarding: number; failedAfterForwarding: number; serverUnreachable: number };
};

/** Runs `bench/soak.mjs` as `npm run bench:soak` would, and resolves with its exit code and output. */
function runSoak(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [SOAK, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOKET_DATABASE_URL: '' } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

describe('the soak (bench/soak.mjs), short', () => {
  it(`loses and duplicates nothing in ${SECONDS} s of mixed traffic with a SIGKILL restart, reset connections and 5xx from a proxy`, async () => {
    const { code, output } = await runSoak(['--seconds', String(SECONDS), '--restarts', '1', '--json']);
    const json = output.split('\n').find((line) => line.startsWith('{'));
    expect(json, output).toBeDefined();
    const result = JSON.parse(json!) as Reconciliation;
    for (const row of [result.cases, result.messages]) {
      expect(row, output).toMatchObject({ lost: 0, duplicated: 0, refused: 0, storedNotAcknowledged: 0 });
      // Everything sent got through in the end, once the faults stopped.
      expect(row.acknowledged).toBe(row.sent);
      expect(row.stored).toBe(row.sent);
    }
    expect(result.cases.sent).toBeGreaterThan(20);
    expect(result.reads.notFound).toBe(0);
    // The faults did happen, including answers lost after the server stored the request.
    expect(result.faults.restarts).toBe(1);
    expect(result.faults.failedAfterForwarding).toBeGreaterThan(0);
    expect(result.faults.connectionsReset).toBeGreaterThan(0);
    expect(output).toMatch(/Reconciliation\n +sent +acknowledged +stored +duplicated +lost +stored, never acknowledged\ncases +\d+/);
    expect(code, output).toBe(0);
  }, 150_000);
});
