import type { Environment } from '../schemas/environment';
import type { EnvironmentGroup, EnvironmentGroupField } from '../schemas/insights';
import { UNKNOWN_NAME } from '../environment/names';

/**
 * The version of an operating system or browser as customers name it: Windows versions whole
 * (`8.1`, `XP`), macOS 10 with its second number (`10.13`, since each was its own release), and
 * everything else by its major number (`iOS 17`, `Chrome 131`).
 *
 * @example
 * majorVersion('macOS', '10.13.6'); // '10.13'
 * majorVersion('Android', '14.0'); // '14'
 */
export function majorVersion(name: string, version: string): string {
  if (name === 'Windows') return version;
  const parts = version.split('.');
  if (name === 'macOS' && parts[0] === '10' && parts[1] !== undefined) return `${parts[0]}.${parts[1]}`;
  return parts[0] ?? version;
}

/** `Windows 7`, `Chrome 131`, or the name alone when the version is unknown. */
export function environmentLabel(group: Pick<EnvironmentGroup, 'name' | 'version'>): string {
  return group.version ? `${group.name} ${group.version}` : group.name;
}

/**
 * The group an environment belongs to for one field, as the documentation fix report counts it;
 * `undefined` when the customer removed the field or it was not detected.
 *
 * @example
 * environmentGroupOf({ os: { name: 'Windows', version: '7' } }, 'os');
 * // { field: 'os', name: 'Windows', version: '7', label: 'Windows 7' }
 */
export function environmentGroupOf(environment: Environment, field: EnvironmentGroupField): EnvironmentGroup | undefined {
  if (field === 'device') {
    const type = environment.device?.type;
    return type ? { field, name: type, label: type } : undefined;
  }
  const part = environment[field];
  if (!part || !part.name || part.name === UNKNOWN_NAME) return undefined;
  const version = part.version ? majorVersion(part.name, part.version) : undefined;
  return version ? { field, name: part.name, version, label: environmentLabel({ name: part.name, version }) } : { field, name: part.name, label: part.name };
}
