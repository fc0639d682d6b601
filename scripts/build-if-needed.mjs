// Builds Loket when a build output is missing or older than its sources: shared by `npm start`
// and `npm run demo:seed`, so both run on what the sources say.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** A path inside the repository. */
export const at = (path) => join(root, path);

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

/**
 * Builds everything (rollup) when an output is missing or a source changed since; exits the
 * process with the build's status when the build fails.
 */
export function buildIfNeeded() {
  if (!needsBuild()) return;
  console.log('Building Loket (first start or changed sources)…');
  const build = spawnSync(process.execPath, [at('node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; see the messages above. Run `npm install` first if packages are missing.');
    process.exit(build.status ?? 1);
  }
}

/**
 * The environment `npm start` serves the demo with: the demo's sites, site and widget unless the
 * caller set others. `npm run demo:seed` reads the same, so it seeds the database `npm start` uses.
 */
export function demoEnvironment(env = process.env) {
  return {
    ...env,
    LOKET_SITES: env.LOKET_SITES ?? at('packages/demo-site/sites'),
    LOKET_STATIC_DIR: env.LOKET_STATIC_DIR ?? at('packages/demo-site/dist'),
    LOKET_WIDGET_DIR: env.LOKET_WIDGET_DIR ?? at('packages/widget/dist'),
  };
}
