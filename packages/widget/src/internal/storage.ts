// `localStorage` is shared with the host page and can be refused (private windows, strict
// settings: even reading the `localStorage` property throws) or full. These helpers never throw:
// the widget works for the visit without it. No imports, so any part of the widget can use them.

/** Reads a stored value; `null` when nothing is stored or storage is refused. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a value; returns whether storage kept it (it can be full or refused). */
export function writeStored(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

/** Forgets a stored value; nothing happens when storage is refused (nothing was kept either). */
export function removeStored(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing stored, nothing to forget.
  }
}

/** Reads a stored JSON value; `undefined` when nothing is stored, storage is refused or it is not JSON. */
export function readJson(key: string): unknown {
  const text = readStored(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Stores a value as JSON; returns whether storage kept it. */
export function writeJson(key: string, value: unknown): boolean {
  try {
    return writeStored(key, JSON.stringify(value));
  } catch {
    // A value JSON cannot hold; never the widget's own data, but never a throw into the page either.
    return false;
  }
}

/** Tells whether a stored value is a plain object (not `null`, not an array), to check its fields. */
export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
