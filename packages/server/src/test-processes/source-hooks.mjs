// Module hooks that let Node run the TypeScript sources as the tests see them (see
// loket-from-source.mjs): packages of the workspace resolve to their sources through the `source`
// export condition, imports without an extension find their `.ts` file, and esbuild strips the
// types. Only for tests that need the server in a process of its own.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const RELATIVE = /^\.{1,2}\//;

export async function resolve(specifier, context, nextResolve) {
  const options = specifier.startsWith('@loket/') ? { ...context, conditions: ['source', ...context.conditions] } : context;
  try {
    return await nextResolve(specifier, options);
  } catch (error) {
    if (!RELATIVE.test(specifier) || !context.parentURL?.endsWith('.ts')) throw error;
    for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
      try {
        return await nextResolve(candidate, options);
      } catch {
        // Try the next form.
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const { code } = await transform(await readFile(path, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: path, sourcemap: 'inline' });
  return { format: 'module', source: code, shortCircuit: true };
}
