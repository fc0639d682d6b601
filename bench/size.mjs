// Size of the widget against the budgets of issue 7: `npm run bench:size` (builds first if needed).
// Measures the script-tag loader `loket.js` that every visitor downloads, and everything fetched
// when a customer first opens the widget: `loket-ui.js` and the chunks it imports statically,
// found from the build so the figure stays true when the UI is split. Chunks reached only through
// import() are reported as loaded later. The demo site (and its support console chunk) is not the
// widget and is not measured. Other feedback widgets are measured beside ours when installed.
// `--check` exits 1 when a budget is exceeded (for CI); otherwise it always exits 0.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findModuleGraph, measureBytes, measurePeer, sumSizes } from './size/measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}packages/widget/dist/`;
/** Bytes after `gzip -9`: issue 7's budgets, which `--check` (CI, in `npm test`) holds the build to. */
const BUDGET = { loader: 1.5 * 1024, firstOpen: 30 * 1024 };
/** The chunks loket-ui.js imports later, by name (`loket-<name>-<hash>.js`), and when a customer fetches each. */
const LATER = {
  'report-kit': 'report steps: on intent to choose a topic',
  // Rollup names a chunk of shared modules after one of them.
  'form.styles': 'shared by report steps and My cases',
  knowledge: 'self-help ranking: when a topic is chosen',
  'open-outbox': 'outbox: when a topic is chosen',
  'my-cases-views': 'My cases: when the customer has cases',
  'case-link': 'case link: when the address has one',
  'reference-text': 'shared: report steps, My cases, outbox',
  'nl-cases': 'texts of My cases, Dutch: with My cases',
  'en-cases': 'texts of My cases, English: with My cases',
};
/** One language is fetched with loket-ui.js, the page's own; the other only if asked for. */
const LANGUAGES = ['nl', 'en'];
const PEERS = ['@sentry/feedback', 'gleap'];
const check = process.argv.includes('--check');

if (!existsSync(`${dist}loket.js`) || !existsSync(`${dist}loket-ui.js`)) {
  console.log('packages/widget/dist/loket.js is missing: building first with `npm run build`.\n');
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const loaderSource = await readFile(`${dist}loket.js`, 'utf8');
// The loader fetches the UI by this name; if that ever changes, the set measured below is wrong.
if (!loaderSource.includes('"loket-ui.js"')) throw new Error('loket.js no longer loads "loket-ui.js": update bench/size.mjs to the entry the loader fetches.');

const measureFiles = async (files) => sumSizes(await Promise.all(files.map(async (file) => measureBytes(await readFile(file)))));
const { staticFiles, laterFiles } = await findModuleGraph(root, `${dist}loket-ui.js`);
const chunkName = (file) => /^loket-(.+)-[\w-]{8}\.js$/.exec(relative(dist, file))?.[1];
const languageFiles = laterFiles.filter((file) => LANGUAGES.includes(chunkName(file)));
if (languageFiles.length !== LANGUAGES.length) throw new Error(`Expected a chunk per language (${LANGUAGES.join(', ')}) beside loket-ui.js; update bench/size.mjs to the build.`);
const languages = await Promise.all(languageFiles.map(async (file) => ({ file, ...(await measureFiles([file])) })));
// Counted at its worst: the larger language.
const language = languages.reduce((larger, next) => (next.gzip > larger.gzip ? next : larger));
const firstOpen = await measureFiles([...staticFiles, language.file]);
const later = await Promise.all(laterFiles.filter((file) => !languageFiles.includes(file)).map(async (file) => ({ file, name: chunkName(file), ...(await measureFiles([file])) })));
const rows = [
  { what: 'loket.js, every visitor', label: 'loader', files: 1, budget: BUDGET.loader, ...measureBytes(loaderSource) },
  { what: 'first open: loket-ui.js + a language', label: 'first open', files: staticFiles.length + 1, budget: BUDGET.firstOpen, ...firstOpen },
  ...later.map((chunk) => ({ what: `  later, ${LATER[chunk.name] ?? chunk.name}`, files: 1, ...chunk })),
];
/** What a customer who files a report without ever opening My cases fetches. */
const MY_CASES_ONLY = ['my-cases-views', 'nl-cases', 'en-cases'];
const reportFiles = [...staticFiles, language.file, ...later.filter((chunk) => !MY_CASES_ONLY.includes(chunk.name)).map((chunk) => chunk.file)];
rows.push({ what: 'a whole report: first open to filed case', files: reportFiles.length, ...(await measureFiles(reportFiles)) });

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const amount = (bytes) => (bytes < 1024 ? `${bytes} B` : kb(bytes));
const verdict = ({ gzip, budget }) => {
  if (budget === undefined) return '';
  const share = `${Math.round((gzip / budget) * 100)}% of budget`;
  return gzip <= budget ? `✓ ${amount(budget - gzip)} under (${share})` : `✗ ${amount(gzip - budget)} over (${share})`;
};
const columns = (what, files, minified, gzip, brotli, budget, result = '') =>
  `${what.padEnd(50)} | ${String(files).padStart(5)} | ${minified.padStart(8)} | ${gzip.padStart(8)} | ${brotli.padStart(8)} | ${budget.padStart(13)} | ${result}`;

console.log('Size of the widget, from packages/widget/dist (gzip -9, brotli quality 11; 1 KB = 1024 B; files compressed one by one, as served)\n');
console.log(columns('what', 'files', 'minified', 'gzip', 'brotli', 'budget (gzip)'));
for (const row of rows) console.log(columns(row.what, row.files, kb(row.minified), kb(row.gzip), kb(row.brotli), row.budget ? kb(row.budget) : '—', verdict(row)));
const list = (files) => files.map((file) => relative(dist, file)).join(', ') || 'none';
console.log(`\nFirst open fetches: ${list([...staticFiles, language.file])} (or ${list(languages.filter((entry) => entry !== language).map((entry) => entry.file))}). Later: ${list(later.map((chunk) => chunk.file))}.`);

// Other widgets: their whole npm entry with its dependencies, bundled and minified by esbuild. An
// upper bound of what a customer downloads; they may load parts lazily, as we do.
const peers = (await Promise.all(PEERS.map((name) => measurePeer(root, name)))).filter(Boolean);
const missing = PEERS.filter((name) => !peers.some((peer) => peer.name === name));
if (peers.length > 0) {
  console.log('\nBeside other feedback widgets (whole npm entry with dependencies, bundled and minified with esbuild):');
  for (const peer of peers) console.log(columns(`${peer.name} ${peer.version}`, 1, kb(peer.minified), kb(peer.gzip), kb(peer.brotli), '—'));
}
if (missing.length > 0) console.log(`\nTo compare with ${missing.join(' and ')}: npm install --no-save ${missing.join(' ')}`);

const budgeted = rows.filter((row) => row.budget !== undefined);
const over = budgeted.filter((row) => row.gzip > row.budget);
const summary = budgeted.map((row) => `${row.label} ${kb(row.gzip)} gzip of ${kb(row.budget)} ${row.gzip <= row.budget ? '✓' : '✗'}`).join(', ');
console.log(`\nSize: ${summary}: ${over.length === 0 ? 'within budget' : 'over budget'}.`);
if (check) console.log(over.length === 0 ? 'Check: every file within its budget.' : `Check FAILED: ${over.map((row) => `${row.label} ${kb(row.gzip)} > ${kb(row.budget)}`).join(', ')}.`);
if (check && over.length > 0) process.exitCode = 1;
