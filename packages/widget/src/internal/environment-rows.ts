import type { Environment, Locale } from '@loket/sdk';
import type { Translation } from '../translations/index';

/** A top-level field of the environment, which the customer can remove as a whole. */
export type EnvironmentKey = keyof Environment;

/** One captured detail in plain words, as the customer sees it before sending. */
export type EnvironmentRow = { key: EnvironmentKey | `context.${string}`; label: string; value: string };

const joinName = (part?: { name: string; version?: string }) => (part ? [part.name, part.version].filter(Boolean).join(' ') : '');

function languageName(tag: string, locale: Locale): string {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    return name || tag;
  } catch {
    return tag;
  }
}

/**
 * Describes every captured field in plain words ("Windows 11", "Chrome 131", "Dutch"), in the
 * order the customer reads them. Everything that would be sent is listed; nothing is hidden.
 */
export function describeEnvironment(environment: Environment, t: Translation, locale: Locale): EnvironmentRow[] {
  const rows: EnvironmentRow[] = [];
  const add = (key: EnvironmentRow['key'], label: string, value: string) => {
    if (value !== '') rows.push({ key, label, value });
  };
  add('os', t.fields.os, joinName(environment.os));
  add('browser', t.fields.browser, joinName(environment.browser));
  if (environment.device) add('device', t.fields.device, t.deviceTypes[environment.device.type]);
  if (environment.language) add('language', t.fields.language, languageName(environment.language, locale));
  add('page', t.fields.page, environment.page ?? '');
  add('timeZone', t.fields.timeZone, environment.timeZone ?? '');
  if (environment.screen) add('screen', t.fields.screen, `${environment.screen.width} × ${environment.screen.height}`);
  if (environment.viewport) add('viewport', t.fields.viewport, `${environment.viewport.width} × ${environment.viewport.height}`);
  if (environment.online !== undefined) add('online', t.fields.online, t.onlineValue(environment.online));
  add('connection', t.fields.connection, environment.connection ?? '');
  for (const [name, value] of Object.entries(environment.context ?? {})) add(`context.${name}`, name, String(value));
  return rows;
}

/** The environment without the fields the customer removed. */
export function withoutRemoved(environment: Environment, removed: ReadonlySet<string>): Environment {
  const kept: Environment = {};
  for (const [key, value] of Object.entries(environment) as [EnvironmentKey, unknown][]) {
    if (removed.has(key) || value === undefined) continue;
    if (key === 'context') {
      const context = Object.fromEntries(Object.entries(environment.context ?? {}).filter(([name]) => !removed.has(`context.${name}`)));
      if (Object.keys(context).length > 0) kept.context = context;
      continue;
    }
    (kept as Record<string, unknown>)[key] = value;
  }
  return kept;
}
