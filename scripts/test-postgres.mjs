// Runs the server's tests a second time against PostgreSQL when LOKET_TEST_DATABASE_URL names a
// server (each test file gets a database of its own, dropped afterwards). `.ci/run` sets it up.
import { spawnSync } from 'node:child_process';

if (!process.env.LOKET_TEST_DATABASE_URL) {
  console.log('PostgreSQL tests skipped: set LOKET_TEST_DATABASE_URL=postgres://user:password@host/db to run the server tests against PostgreSQL too.');
  process.exit(0);
}
console.log('Server tests against PostgreSQL:');
const run = spawnSync('npx', ['vitest', 'run', '--project', 'server'], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
