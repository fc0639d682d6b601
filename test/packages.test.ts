import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinModules } from 'node:module';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { createSupportClient } from '@loket/sdk';
import { startServer } from '@loket/server';
import type { RunningServer } from '@loket/server';
import { installPackedPackages, packWorkspace, run } from './packed-project';
import type { PackedPackage } from './packed-project';
import { launchChromium } from './support';

const root = fileURLToPath(new URL('..', import.meta.url));
const TSC = join(root, 'node_modules/typescript/bin/tsc');
/** The address the documented examples talk to; the test points it at its own server. */
const EXAMPLE_SERVER = 'https://help.example.com';
/** tsc checks the packages' declarations in 3 to 10 s of CPU; on a busy machine a test takes up to 45 s. */
const LONG_STEP_TIMEOUT_MS = 120_000;
/** The demo site's key for the admin API (public, in the repository). */
const DEMO_SECRET_KEY = 'demo-secret-key-not-for-production';

/** The code of the example marked `<!-- example: name … -->` in a Markdown file of this repository. */
async function documentedExample(file: string, name: string): Promise<string> {
  const markdown = await readFile(join(root, file), 'utf8');
  const found = new RegExp(`<!-- example: ${name}\\b[^>]*-->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\``).exec(markdown);
  if (!found?.[1]) throw new Error(`${file} has no example marked <!-- example: ${name} -->.`);
  expect(found[1]).toContain(EXAMPLE_SERVER);
  return found[1];
}

/**
 * Import and export statements (at the start of a line or after `;`, so not the examples in doc
 * comments) and dynamic imports.
 */
const IMPORTS = /(?:^|;)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|;)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Bare imports (packages) of a JavaScript or declaration file: `lit`, `@loket/sdk`, `node:fs`. */
function packagesImportedBy(code: string): string[] {
  const specifiers = [...code.matchAll(IMPORTS)].map((match) => (match[1] ?? match[2] ?? match[3])!);
  return specifiers
    .filter((specifier) => !specifier.startsWith('.'))
    .map((specifier) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!));
}

/** The files of an installed package's `dist/`, with their text. */
async function distFiles(packageDir: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(join(packageDir, 'dist'), { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile() && /\.(js|d\.ts)$/.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
  return Promise.all(paths.map(async (path) => ({ path, text: await readFile(path, 'utf8') })));
}

describe('@loket/sdk and @loket/widget, packed and installed from their tarballs in a new project', () => {
  let project: string;
  let sdk: PackedPackage;
  let widget: PackedPackage;
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    project = await mkdtemp(join(tmpdir(), 'loket-packages-'));
    // The demo site under the key the examples use, and the page the widget example is bundled into.
    await cp(join(root, 'packages/demo-site/sites/demo'), join(project, 'server/sites/acme'), { recursive: true });
    await mkdir(join(project, 'public'));
    const starting = startServer({ port: 0, sitesDir: join(project, 'server/sites'), dataDir: join(project, 'server/data'), publicFiles: { siteDir: join(project, 'public') } });
    const launching = launchChromium();
    [sdk, widget] = await Promise.all([packWorkspace('packages/sdk', project), packWorkspace('packages/widget', project)]);
    await installPackedPackages(project, [sdk, widget], { name: 'acme-sync', version: '2.4.1', devDependencies: ['@types/node'] });
    [server, browser] = await Promise.all([starting, launching]);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(project, { recursive: true, force: true });
  });

  it('are ES modules whose exports name declarations first and files that are in the tarball', () => {
    for (const packed of [sdk, widget]) {
      const { packageJson } = packed;
      expect(packageJson.type).toBe('module');
      expect(packageJson).toHaveProperty('sideEffects');
      expect(packageJson.license).toBe('MIT');
      expect(packed.files).toContain('README.md');
      expect(packed.files.filter((file) => /\.test\.ts$|\.fixture\.ts$|test-support\//.test(file))).toEqual([]);
      for (const [subpath, target] of Object.entries(packageJson.exports as Record<string, string | Record<string, string>>)) {
        if (typeof target === 'string') {
          if (!target.includes('*')) expect(packed.files, `${packed.name} ${subpath}`).toContain(target.replace(/^\.\//, ''));
          continue;
        }
        // `source` (the TypeScript sources, for this repository's own builds and tests) may come
        // first: no consumer's TypeScript or bundler knows that condition.
        const conditions = Object.keys(target).filter((condition) => condition !== 'source');
        expect(conditions, `${packed.name} ${subpath}`).toEqual(['types', 'default']);
        for (const file of Object.values(target)) expect(packed.files, `${packed.name} ${subpath}`).toContain(file.replace(/^\.\//, ''));
      }
    }
    expect(widget.packageJson.dependencies?.['@loket/sdk']).toBe(sdk.version);
  });

  it('import nothing at run time or in their declarations but their own files and their dependencies', async () => {
    for (const packed of [sdk, widget]) {
      const installed = join(project, 'node_modules', packed.name);
      const allowed = new Set([...Object.keys(packed.packageJson.dependencies ?? {}), ...builtinModules]);
      for (const { path, text } of await distFiles(installed)) {
        const undeclared = packagesImportedBy(text).filter((name) => !allowed.has(name) && !name.startsWith('node:'));
        expect(undeclared, path).toEqual([]);
        expect(text, path).not.toMatch(/from\s*['"](\.\.\/)+src\//);
      }
    }
  });

  it('describe <loket-widget> in custom-elements.json, generated from its JSDoc', async () => {
    const installed = join(project, 'node_modules/@loket/widget');
    expect(widget.packageJson.customElements).toBe('dist/custom-elements.json');
    const manifest = JSON.parse(await readFile(join(installed, 'dist/custom-elements.json'), 'utf8'));
    expect(manifest.schemaVersion).toBe('2.1.0');
    const element = manifest.modules.flatMap((module: { declarations: { tagName?: string }[] }) => module.declarations).find((declaration: { tagName?: string }) => declaration.tagName === 'loket-widget');
    expect(element).toMatchObject({ name: 'LoketWidget', customElement: true, superclass: { name: 'LitElement', package: 'lit' } });
    expect(element.attributes.map((attribute: { name: string }) => attribute.name)).toEqual(expect.arrayContaining(['site', 'api', 'locale', 'open']));
    expect(element.events).toContainEqual(expect.objectContaining({ name: 'loket-case-filed', type: { text: 'LoketCaseFiledEvent' } }));
    expect(element.members).toContainEqual(expect.objectContaining({ kind: 'method', name: 'show' }));
    expect(element.cssProperties).toContainEqual(expect.objectContaining({ name: '--loket-accent', default: '#0b6e79' }));
    // The manifest's modules are files of the package.
    for (const module of manifest.modules) expect(widget.files).toContain(module.path);
  });

  it('file a case from a command-line app, compiled against the packed SDK, with the app version and the machine OS', async () => {
    const code = await documentedExample('docs/sdk.md', 'cli');
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'src/report-problem.ts'), code.replaceAll(EXAMPLE_SERVER, server!.url));
    // As a Node project compiles: Node's module resolution (exports, types condition), no DOM,
    // and the packages' own declarations checked too (skipLibCheck off).
    const compilerOptions = { target: 'es2022', module: 'node16', moduleResolution: 'node16', lib: ['es2022'], types: ['node'], strict: true, skipLibCheck: false, outDir: 'dist', rootDir: 'src' };
    await writeFile(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['src/report-problem.ts'] }));
    await run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project });

    const output = await run(process.execPath, ['dist/report-problem.js', 'Sync stops at 99% since the update'], { cwd: project });
    const reference = /^Filed as (LK-[\dA-Z]{4}-[\dA-Z]{4})\./.exec(output)?.[1];
    expect(output).toMatch(/We respond by /);
    expect(reference).toBeDefined();

    const support = createSupportClient({ baseUrl: server!.url, site: 'acme', secretKey: DEMO_SECRET_KEY });
    const filed = await support.cases.get(reference!);
    expect(filed).toMatchObject({ topic: 'software', answers: { problem: 'app-crashes' }, description: 'Sync stops at 99% since the update', locale: 'en' });
    expect(filed.environment.context).toEqual({ app: 'acme-sync', appVersion: '2.4.1', node: process.version });
    const expectedOs = { linux: { name: 'Linux', version: release() }, darwin: { name: 'macOS' } }[process.platform as string];
    if (expectedOs) expect(filed.environment.os).toEqual(expectedOs);
    else expect(filed.environment.os?.name).toBeTruthy();
  }, LONG_STEP_TIMEOUT_MS);

  it('render and open <loket-widget> from a page bundled with the packed widget', async () => {
    const code = await documentedExample('README.md', 'bundler');
    await mkdir(join(project, 'src'), { recursive: true });
    await writeFile(join(project, 'src/page.ts'), code.replaceAll(EXAMPLE_SERVER, server!.url));
    // As a browser project compiles: the DOM, a bundler's module resolution, and skipLibCheck as
    // web project templates set it (checking lit's and the DOM's declarations costs 10 s of CPU).
    const compilerOptions = { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], types: [], strict: true, skipLibCheck: true, noEmit: true };
    await writeFile(join(project, 'tsconfig.page.json'), JSON.stringify({ compilerOptions, include: ['src/page.ts'] }));
    await run(process.execPath, [TSC, '-p', 'tsconfig.page.json'], { cwd: project });
    // esbuild resolves from the project's node_modules, as it would for a company's site.
    await build({ entryPoints: [join(project, 'src/page.ts')], absWorkingDir: project, bundle: true, format: 'esm', outfile: join(project, 'public/app.js'), logLevel: 'silent' });
    await writeFile(
      join(project, 'public/index.html'),
      '<!doctype html><html lang="en"><head><title>Acme</title><link rel="icon" href="data:,"><script type="module" src="/app.js"></script></head><body><button id="help-button" type="button">Help</button></body></html>',
    );

    const page = await browser!.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    await page.goto(`${server!.url}/`);
    await page.waitForFunction(() => customElements.get('loket-widget') !== undefined);
    await page.getByRole('button', { name: 'Help' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zeewind Internet · Help and support' });
    await dialog.getByRole('heading', { name: 'What is your question about?' }).waitFor();
    // The site's topics came from the server through the SDK inside the bundle.
    await dialog.getByRole('button', { name: /Installing Zeewind Thuis/ }).waitFor();
    expect(await page.locator('loket-widget').getAttribute('open')).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, LONG_STEP_TIMEOUT_MS);
});
