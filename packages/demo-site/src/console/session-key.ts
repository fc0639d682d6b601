// The secret key opens every case of the site, so it lives in sessionStorage only: it is gone when
// the tab closes, and other tabs and later visits have to sign in again.
const STORAGE_KEY = 'zeewind-console-key';

/** The key this tab signed in with, or `null`. Storage can be unavailable; then nobody stays signed in. */
export function readSessionKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the key for this tab. */
export function storeSessionKey(key: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // See readSessionKey: the console still works until the page is reloaded.
  }
}

/** Forgets the key, on signing out or when the server no longer accepts it. */
export function forgetSessionKey(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}
