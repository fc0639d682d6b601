// `npm run demo:seed`: fills the database `npm start` uses with the demo's cases, repeat
// contacts, escalations and self-help attempts of the last 90 days (packages/server/src/demo/),
// so the support console and the documentation fix report have something to show.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { at, buildIfNeeded, demoEnvironment } from './build-if-needed.mjs';

const USAGE = `Usage: npm run demo:seed [-- --add]

Adds a realistic mix of cases and self-help attempts of the last 90 days to the demo site, in the
database npm start uses (.loket/, or LOKET_DATA_DIR, or LOKET_DATABASE_URL).

  --add   add the demo data even though the demo site already has cases
`;

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { add: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } }).values;
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`, 2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

buildIfNeeded();
const { DatabaseInUseError, DEMO_SEED, loadSite, openDatabase, readServeOptions, seedDemo } = await import(at('packages/server/dist/index.js'));

let options;
try {
  // The database, port and sites exactly as `npm start` reads them.
  options = readServeOptions([], demoEnvironment());
} catch (error) {
  fail(`loket: ${error.message}`, 2);
}
const { sitesDir } = options;
const { site, problems } = await loadSite(join(sitesDir, 'demo'));
if (!site) fail(`The demo site in ${join(sitesDir, 'demo')} cannot be loaded:\n  - ${problems.join('\n  - ')}`, 2);

const where = options.databaseUrl ? 'the PostgreSQL database in LOKET_DATABASE_URL' : `the embedded database in ${options.dataDir}`;
const db = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }).catch((error) => {
  // The embedded database is locked while `npm start` has it open (see store/data-dir-lock.ts).
  if (error instanceof DatabaseInUseError) fail(`${error.message}\nSo: stop the server (Ctrl-C in its terminal), run npm run demo:seed, then npm start again.`);
  fail(`Could not open ${where}: ${error.message}`);
});
try {
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM cases WHERE site = $1`, [site.key]);
  const existing = Number(rows[0].n);
  if (existing > 0 && !args.add) {
    console.error(`The demo site in ${where} already has ${existing} cases; run \`npm run demo:seed -- --add\` to add the demo cases anyway, or delete ${options.databaseUrl ? 'its cases' : `the folder ${options.dataDir}`} to start over.`);
    process.exitCode = 1;
  } else {
    await seed(db, existing);
  }
} catch (error) {
  console.error(`Adding the demo data failed, so nothing was added: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await db.close();
}

async function seed(db, existing) {
  console.log(`Adding the demo data to ${where}…`);
  const started = performance.now();
  // Added again (--add): other customers, so none of them is taken for a repeat contact of the first ones.
  const result = await seedDemo(db, site, { seed: DEMO_SEED + existing });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Added ${result.cases} cases (${result.repeatContacts} repeat contacts, ${result.escalatedCases} escalated, ${result.openCases} still open) ` +
      `and ${result.attempts} self-help attempts from ${result.reports} customer reports (${result.solvedBySelfHelp} solved by an article) ` +
      `over the last 90 days, in ${seconds} s.`,
  );
  console.log(`\nNext: npm start, then open http://localhost:${options.port}/console and sign in with the demo secret key ${site.secretKeys[0] ?? '(see site.yaml)'}.`);
}
