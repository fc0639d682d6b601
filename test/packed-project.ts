import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const execFileAsync = promisify(execFile);
const NPM_REGISTRY = 'https://registry.npmjs.org/';

/** Runs a command and gives its output; a failure names the command and shows what it printed. */
export async function run(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${options.cwd}:\n${stdout}\n${stderr}`, { cause: error });
  }
}

type PackageJson = {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  [field: string]: unknown;
};

/** A package as `npm pack` made it, ready to publish. */
export type PackedPackage = {
  name: string;
  version: string;
  /** Path of the `.tgz`. */
  tarball: string;
  integrity: string;
  /** The files in the tarball, relative to the package (`dist/index.js`, `package.json`, …). */
  files: string[];
  /** The package.json that went into the tarball. */
  packageJson: PackageJson;
};

/** Packs the workspace in `workspaceDir` (e.g. `packages/sdk`) into `destination`, as `npm publish` would. */
export async function packWorkspace(workspaceDir: string, destination: string): Promise<PackedPackage> {
  const cwd = join(root, workspaceDir);
  const [packed] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', destination], { cwd })) as {
    name: string;
    version: string;
    filename: string;
    integrity: string;
    files: { path: string }[];
  }[];
  if (!packed) throw new Error(`npm pack in ${cwd} packed nothing.`);
  return {
    name: packed.name,
    version: packed.version,
    tarball: join(destination, basename(packed.filename)),
    integrity: packed.integrity,
    files: packed.files.map((file) => file.path),
    packageJson: JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')) as PackageJson,
  };
}

type LockEntry = {
  name?: string;
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [field: string]: unknown;
};

/** What a project needs: a package by name, asked for by the lock entry at `from` (`''`: the project). */
type Need = { name: string; from: string };

/**
 * Creates a project in `dir` (where the tarballs are) that depends on the packed packages, and
 * installs them with `npm ci --offline`: nothing is fetched from the registry. The third-party
 * packages they need (ky, valibot, lit, …) come from npm's cache, which `npm ci` of this
 * repository filled: the project's lockfile is cut from this repository's package-lock.json, so
 * it asks for exactly the versions, and the same layout, that were installed here.
 *
 * @param devDependencies - more packages from this repository's lockfile, e.g. `@types/node`.
 */
export async function installPackedPackages(
  dir: string,
  packages: PackedPackage[],
  { name, version, devDependencies = [] }: { name: string; version: string; devDependencies?: string[] },
): Promise<void> {
  const repoLock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const repoPackages = repoLock.packages;
  const packed = new Map(packages.map((item) => [item.name, item]));
  const dependencies = Object.fromEntries(packages.map((item) => [item.name, `file:${basename(item.tarball)}`]));
  const devRanges = Object.fromEntries(devDependencies.map((dependency) => [dependency, rangeInRepository(repoPackages, dependency)]));
  const entries: Record<string, LockEntry> = {
    '': { name, version, dependencies, devDependencies: devRanges },
  };
  for (const item of packages) {
    const { dependencies: needs, engines, license } = item.packageJson;
    entries[`node_modules/${item.name}`] = {
      version: item.version,
      resolved: `file:${basename(item.tarball)}`,
      integrity: item.integrity,
      ...(typeof license === 'string' ? { license } : {}),
      ...(needs ? { dependencies: needs } : {}),
      ...(engines ? { engines } : {}),
    };
  }
  // The packages' own dependencies are looked up from their folders in this repository, where a
  // version that differs from the hoisted one sits in packages/<name>/node_modules.
  const workspaceOf = (packageName: string) =>
    Object.keys(repoPackages).find((key) => key.startsWith('packages/') && !key.includes('node_modules') && repoPackages[key]?.name === packageName);
  const productionNeeds = packages.flatMap((item) =>
    Object.keys(item.packageJson.dependencies ?? {})
      .filter((dependency) => !packed.has(dependency))
      .map((dependency) => ({ name: dependency, from: workspaceOf(item.name) ?? '' })),
  );
  copyLockEntries(repoPackages, entries, productionNeeds, { packed, dev: false });
  copyLockEntries(repoPackages, entries, devDependencies.map((dependency) => ({ name: dependency, from: '' })), { packed, dev: true });

  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name, version, private: true, type: 'module', dependencies, devDependencies: devRanges }, null, 2)}\n`);
  await writeFile(join(dir, 'package-lock.json'), `${JSON.stringify({ name, version, lockfileVersion: 3, requires: true, packages: entries }, null, 2)}\n`);
  await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
    cwd: dir,
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
}

/**
 * Copies what `needs` and everything under them need from the repository's lock entries into
 * `entries`, at the same places (a workspace's own node_modules becomes the installed package's).
 * Each gets the address of its tarball: npm's cache holds every tarball `npm ci` fetched, under
 * that address, but not always the package's registry document that npm would otherwise read it
 * from. (npm puts the configured registry in place of registry.npmjs.org, as for any lockfile.)
 */
function copyLockEntries(
  repoPackages: Record<string, LockEntry>,
  entries: Record<string, LockEntry>,
  needs: Need[],
  { dev, packed }: { dev: boolean; packed: Map<string, PackedPackage> },
): void {
  const queue = [...needs];
  for (let need = queue.shift(); need; need = queue.shift()) {
    const key = locate(repoPackages, need.name, need.from);
    const entry = key ? repoPackages[key] : undefined;
    if (!key || !entry || entry.link) {
      throw new Error(`${need.name} (needed by ${need.from || 'the project'}) is not installed from the registry in this repository: add it to package-lock.json with npm install.`);
    }
    const place = placeOf(repoPackages, key);
    if (entries[place]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...copy } = entry;
    const packageName = entry.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    copy.resolved ??= `${NPM_REGISTRY}${packageName}/-/${packageName.split('/').pop()}-${entry.version}.tgz`;
    entries[place] = dev ? { ...copy, dev: true } : copy;
    const requiredPeers = Object.keys(entry.peerDependencies ?? {}).filter((peer) => !entry.peerDependenciesMeta?.[peer]?.optional);
    const installed = Object.keys(entry.optionalDependencies ?? {}).filter((optional) => locate(repoPackages, optional, key));
    for (const dependency of [...Object.keys(entry.dependencies ?? {}), ...requiredPeers, ...installed]) {
      if (!packed.has(dependency)) queue.push({ name: dependency, from: key });
    }
  }
}

/** Where Node would find `name` from the package at lock key `from`: its node_modules, then each parent's. */
function locate(repoPackages: Record<string, LockEntry>, name: string, from: string): string | undefined {
  for (let base = from; ; base = parentOf(base)) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (repoPackages[key]) return key;
    if (base === '') return undefined;
  }
}

function parentOf(key: string): string {
  const at = key.lastIndexOf('/node_modules/');
  return at < 0 ? '' : key.slice(0, at);
}

/** A lock key of this repository as a key of the new project: `packages/widget/node_modules/x` → `node_modules/@loket/widget/node_modules/x`. */
function placeOf(repoPackages: Record<string, LockEntry>, key: string): string {
  const workspace = /^(packages\/[^/]+)\/node_modules\//.exec(key)?.[1];
  const name = workspace ? repoPackages[workspace]?.name : undefined;
  return workspace && name ? `node_modules/${name}${key.slice(workspace.length)}` : key;
}

/** The range this repository asks for a dependency with, e.g. `^20.19.43` for `@types/node`. */
function rangeInRepository(repoPackages: Record<string, LockEntry>, name: string): string {
  const project = repoPackages[''] as LockEntry & { devDependencies?: Record<string, string> };
  const range = project.dependencies?.[name] ?? project.devDependencies?.[name];
  if (!range) throw new Error(`${name} is not a dependency of this repository: add it to package.json.`);
  return range;
}
