// Helpers of bench/size.mjs: compressed sizes, the module graph of a built script, and the
// bundles of other feedback widgets to compare with.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Raw, `gzip -9` and brotli (quality 11) bytes of one file's contents. */
export function measureBytes(contents) {
  const buffer = Buffer.from(contents);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Sums the sizes of files that are fetched separately (each compressed on its own, as over HTTP). */
export const sumSizes = (sizes) =>
  sizes.reduce((total, size) => ({ minified: total.minified + size.minified, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), { minified: 0, gzip: 0, brotli: 0 });

/**
 * The files a built ES module fetches: `staticFiles` (the entry and what it imports with
 * `import … from`/`export … from`, recursively) and `laterFiles` (reached only through `import()`).
 * esbuild parses the output, so imports inside strings or comments are never mistaken for real ones.
 * @returns absolute paths, the entry first
 */
export async function findModuleGraph(root, entry) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    // Only our own relative chunks count; a bare or remote import is not part of the build.
    plugins: [{ name: 'own-files-only', setup: (b) => b.onResolve({ filter: /.*/ }, ({ path, kind }) => (kind === 'entry-point' || /^\.{0,2}\//.test(path) ? undefined : { path, external: true })) }],
  });
  const inputs = result.metafile.inputs;
  const key = (path) => relative(root, path).split('\\').join('/');
  const follow = (start, kinds) => {
    const seen = new Set([start]);
    for (const file of seen) {
      for (const edge of inputs[file]?.imports ?? []) if (!edge.external && kinds.includes(edge.kind)) seen.add(edge.path);
    }
    return seen;
  };
  const statics = follow(key(entry), ['import-statement']);
  const everything = follow(key(entry), ['import-statement', 'dynamic-import']);
  const absolute = (files) => [...files].map((file) => join(root, file));
  return { staticFiles: absolute(statics), laterFiles: absolute([...everything].filter((file) => !statics.has(file))) };
}

/**
 * Bundles and minifies an installed package's browser entry with everything it exports (with
 * its own dependencies), as a customer embedding it would download it at most.
 * @returns undefined when the package is not installed
 */
export async function measurePeer(root, name) {
  const manifest = `${root}node_modules/${name}/package.json`;
  if (!existsSync(manifest)) return undefined;
  const { version } = JSON.parse(await readFile(manifest, 'utf8'));
  const result = await build({
    // A namespace kept alive keeps every export, the default one included.
    stdin: { contents: `import * as peer from ${JSON.stringify(name)}; globalThis.peer = peer;`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return { name, version, ...measureBytes(result.outputFiles[0].contents) };
}
