// Builds every package: `npm run build` (or `npm start`, which builds what is missing).
import { readdir, readFile, rm } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify as terserMinify } from 'terser';
import { createCustomElementsManifest } from './scripts/custom-elements-manifest.mjs';

const TARGET = 'es2022';
// Packages import each other through the `source` export condition, so a build never depends on
// another package's build output.
const resolve = (options = {}) =>
  nodeResolve({ exportConditions: ['source'], extensions: ['.ts', '.tsx', '.mjs', '.js'], ...options });
const transpile = (options = {}) => esbuild({ target: TARGET, tsconfig: 'tsconfig.json', ...options });

/** Treats every bare import (a package) as external; bundles only relative files. */
const packagesExternal = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');
const nodeExternal = (id) => packagesExternal(id) || builtinModules.includes(id) || id.startsWith('node:');

/** Copies the files of a folder into the output, keeping their paths (e.g. SQL, HTML). */
function copyFolder(from, to = '') {
  return {
    name: 'copy-folder',
    async generateBundle() {
      for (const entry of await readdir(from, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath ?? entry.path, entry.name);
        this.emitFile({ type: 'asset', fileName: join(to, relative(from, path)), source: await readFile(path) });
      }
    },
  };
}

/**
 * Deletes hashed chunks (`name-AbCd1234.js`) of earlier builds from `dir`: each change gives a
 * chunk a new name, and nothing else would ever remove the old one (and `npm pack` would publish it).
 * `pattern` tells this build's chunks from those of another build that writes to the same folder.
 */
function removeStaleChunks(dir, pattern = /-[\w-]{8}\.js(\.map)?$/) {
  return {
    name: 'remove-stale-chunks',
    async writeBundle(options, bundle) {
      const written = new Set(Object.keys(bundle).map((file) => join(options.dir, file)));
      const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
      for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isFile() && pattern.test(entry.name) && !written.has(path)) await rm(path, { force: true });
      }
    },
  };
}

/** Emits `custom-elements.json`, the manifest of the package's elements, generated from their JSDoc. */
function customElementsManifest(packageDir) {
  return {
    name: 'custom-elements-manifest',
    async generateBundle() {
      const manifest = await createCustomElementsManifest({ packageDir });
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

const quiet = (warning, warn) => {
  // lit ships `this` at module top level in a comment-free IIFE guard; harmless.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/**
 * A package as ES modules for Node and bundlers, with type declarations beside the entries named
 * in `types` (each an export of the package). Dependencies stay imports; only the package's own
 * files are bundled.
 */
function library({ dir, inputs, types = ['index'], external = packagesExternal, plugins = [], chunkFileNames = 'chunks/[name]-[hash].js' }) {
  const chunkDir = join(dir, 'dist', dirname(chunkFileNames));
  return [
    {
      input: Object.fromEntries(Object.entries(inputs).map(([name, file]) => [name, `${dir}/src/${file}`])),
      external,
      onwarn: quiet,
      plugins: [resolve(), transpile(), ...plugins, removeStaleChunks(chunkDir)],
      output: { dir: `${dir}/dist`, format: 'es', sourcemap: true, chunkFileNames },
    },
    {
      // One build for all entries, so a type they share (the element class) is declared once.
      input: Object.fromEntries(types.map((name) => [name, `${dir}/src/${inputs[name]}`])),
      external,
      plugins: [dts({ tsconfig: 'tsconfig.json' }), removeStaleChunks(chunkDir, /-[\w-]{8}\.d\.ts$/)],
      output: { dir: `${dir}/dist`, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: chunkFileNames.replace(/\.js$/, '.d.ts') },
    },
  ];
}

/**
 * Terser after esbuild, for the loader alone: several passes and top-level mangling take some
 * 2% more off the file every visitor of every page downloads (36 B gzip), which esbuild's single
 * pass leaves in.
 */
function squeeze() {
  return {
    name: 'squeeze',
    async renderChunk(code) {
      const result = await terserMinify(code, { compress: { passes: 3, unsafe_arrows: true, toplevel: true }, mangle: { toplevel: true }, format: { comments: false } });
      return { code: result.code, map: null };
    },
  };
}

const configs = [
  // @loket/sdk: ESM for Node and bundlers, with type declarations.
  ...library({ dir: 'packages/sdk', inputs: { index: 'index.ts' } }),
  // @loket/widget as ES modules for bundlers (lit and the SDK stay dependencies), with the
  // manifest of its elements (dist/custom-elements.json).
  ...library({
    dir: 'packages/widget',
    inputs: { index: 'index.ts', define: 'define.ts' },
    types: ['index', 'define'],
    plugins: [customElementsManifest('packages/widget')],
  }),
  // The script tag: loket.js (tiny IIFE loader) and loket-ui.js (everything else, one module).
  {
    input: 'packages/widget/src/loader.ts',
    plugins: [transpile({ minify: true }), squeeze()],
    // Not "use strict": the loader is written as strict code anyway; the pragma is bytes every visitor pays.
    output: { file: 'packages/widget/dist/loket.js', format: 'iife', strict: false },
  },
  // loket-ui.js is what the first opening needs; parts needed later (self-help ranking, My cases,
  // the outbox, the other language) are chunks it imports with import(), named `loket-*-<hash>.js`
  // beside it so the server can cache them for good.
  {
    input: { 'loket-ui': 'packages/widget/src/script-tag.ts' },
    // The later chunks import shared code from loket-ui.js itself, instead of a facade and an extra request.
    preserveEntrySignatures: 'allow-extension',
    onwarn: quiet,
    plugins: [
      resolve({ browser: true }),
      // The widget's html`` and css`` templates, without the whitespace and comments written for people.
      // CSS written for browsers from 2021 on: no media-query ranges (Safari 16.4) in the output.
      minifyHtmlLiterals({
        include: ['packages/widget/src/**/*.ts'],
        failOnError: true,
        options: { minifyOptions: { minifyCSS: { targets: { chrome: 90 << 16, firefox: 90 << 16, safari: 14 << 16 } } } },
      }),
      transpile({ minify: true, legalComments: 'none' }),
      removeStaleChunks('packages/widget/dist'),
    ],
    output: { dir: 'packages/widget/dist', entryFileNames: '[name].js', chunkFileNames: 'loket-[name]-[hash].js', format: 'es', sourcemap: true },
  },
  // @loket/server: the case service and the `loket` command, with its SQL migrations. The
  // migrations are read from `./migrations/` beside the bundle, so chunks must stay in dist/.
  ...library({
    dir: 'packages/server',
    inputs: { index: 'index.ts', cli: 'cli/main.ts' },
    external: nodeExternal,
    plugins: [copyFolder('packages/server/src/store/migrations', 'migrations')],
    chunkFileNames: '[name]-[hash].js',
  }),
  // The demo site: one module with preact, plus its static files. The support console (/console)
  // is a chunk of its own, loaded with import() only there, so customers never download it.
  {
    input: 'packages/demo-site/src/main.tsx',
    plugins: [
      resolve({ browser: true }),
      transpile({ minify: true, jsx: 'automatic', jsxImportSource: 'preact' }),
      copyFolder('packages/demo-site/public'),
      removeStaleChunks('packages/demo-site/dist/assets'),
    ],
    output: {
      dir: 'packages/demo-site/dist',
      entryFileNames: 'assets/app.js',
      chunkFileNames: 'assets/[name]-[hash].js',
      format: 'es',
      sourcemap: true,
    },
  },
];

/** The package a configuration builds, read from its output path (`packages/<name>/dist…`). */
const packageOf = (config) => (config.output.dir ?? config.output.file).split('/')[1];

/**
 * `LOKET_BUILD=sdk,server npm run build` builds only those packages (sdk, widget, server,
 * demo-site): handy while working on one of them; `npm run build` builds everything.
 */
const only = process.env.LOKET_BUILD?.split(',').map((name) => name.trim()).filter(Boolean);
const unknown = only?.filter((name) => !configs.some((config) => packageOf(config) === name)) ?? [];
if (unknown.length > 0) throw new Error(`LOKET_BUILD names no package "${unknown.join('", "')}": use sdk, widget, server or demo-site.`);

export default only ? configs.filter((config) => only.includes(packageOf(config))) : configs;
