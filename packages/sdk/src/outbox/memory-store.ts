import { byQueuedAt } from './store';
import type { OutboxStore } from './store';
import type { OutboxItem } from './types';

/** Keeps items in memory, for browsers without usable IndexedDB: the page works, a reload forgets. */
export function createMemoryStore(): OutboxStore {
  const items = new Map<string, OutboxItem>();
  return {
    persistent: false,
    list: async (site) => [...items.values()].filter((item) => item.site === site).sort(byQueuedAt).map((item) => structuredClone(item)),
    get: async (key) => structuredClone(items.get(key)),
    put: async (item) => {
      items.set(item.key, structuredClone(item));
    },
    update: async (key, change) => {
      const item = items.get(key);
      if (!item) return undefined;
      const changed = change(structuredClone(item));
      items.set(key, structuredClone(changed));
      return changed;
    },
    remove: async (key) => items.delete(key),
    close: () => {},
  };
}
