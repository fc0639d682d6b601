// Servers under test and the PostgreSQL cluster are stopped however the benchmark ends: with an
// error, Ctrl-C, or its output closed (`| head`). Each clean-up runs synchronously, once.
const cleanups = new Set();

function runCleanups() {
  for (const cleanup of cleanups) {
    cleanups.delete(cleanup);
    try {
      cleanup();
    } catch {
      // Stop the rest anyway.
    }
  }
}

process.on('exit', runCleanups);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => process.exit(130));

/**
 * Runs `cleanup` when the process exits, unless the returned function is called first.
 *
 * @returns a function that forgets the clean-up (once the thing it stops has stopped).
 */
export function onExit(cleanup) {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
