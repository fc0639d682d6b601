// `npm start`: builds what is not built yet (or older than its sources), then serves the demo
// site, the widget and the API with the embedded database in .loket/ (or LOKET_DATA_DIR).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => join(root, path);

const OUTPUTS = [
  'packages/sdk/dist/index.js',
  'packages/widget/dist/loket.js',
  'packages/widget/dist/loket-ui.js',
  'packages/server/dist/cli.js',
  'packages/demo-site/dist/index.html',
  'packages/demo-site/dist/assets/app.js',
].map(at);
const SOURCES = ['packages/sdk/src', 'packages/widget/src', 'packages/server/src', 'packages/demo-site/src', 'packages/demo-site/public', 'rollup.config.mjs'].map(at);

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function needsBuild() {
  if (!OUTPUTS.every((file) => existsSync(file))) return true;
  const oldestOutput = Math.min(...OUTPUTS.map((file) => statSync(file).mtimeMs));
  return Math.max(...SOURCES.map(newestChange)) > oldestOutput;
}

if (needsBuild()) {
  console.log('Building Loket (first start or changed sources)…');
  const build = spawnSync(process.execPath, [at('node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above. Run `npm install` first if packages are missing.');
    process.exit(build.status ?? 1);
  }
}

const { readServeOptions, runServe } = await import(at('packages/server/dist/index.js'));
const options = readServeOptions([], {
  ...process.env,
  LOKET_SITES: process.env.LOKET_SITES ?? at('packages/demo-site/sites'),
  LOKET_STATIC_DIR: process.env.LOKET_STATIC_DIR ?? at('packages/demo-site/dist'),
  LOKET_WIDGET_DIR: process.env.LOKET_WIDGET_DIR ?? at('packages/widget/dist'),
});
try {
  await runServe(options, 'Loket demo');
} catch (error) {
  console.error(`loket: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
