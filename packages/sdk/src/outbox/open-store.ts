import { createIndexedDbStore } from './idb-store';
import { createMemoryStore } from './memory-store';
import type { OutboxStore } from './store';

/**
 * Opens the outbox's storage: IndexedDB when it works, memory otherwise. Should IndexedDB fail
 * later (quota, a browser that closes it), the store carries on in memory, so a customer's report
 * is still kept for as long as the page is open instead of being lost with an error.
 */
export async function openStore(factory: IDBFactory | null | undefined, name: string): Promise<OutboxStore> {
  if (!factory) return createMemoryStore();
  let primary: OutboxStore;
  try {
    primary = await createIndexedDbStore(factory, name);
  } catch {
    return createMemoryStore();
  }
  return withMemoryFallback(primary);
}

function withMemoryFallback(primary: OutboxStore): OutboxStore {
  let current = primary;
  const run = async <T>(operation: (store: OutboxStore) => Promise<T>): Promise<T> => {
    if (current !== primary) return operation(current);
    try {
      return await operation(current);
    } catch {
      primary.close();
      current = createMemoryStore();
      return operation(current);
    }
  };
  return {
    get persistent() {
      return current.persistent;
    },
    list: (site) => run((store) => store.list(site)),
    get: (key) => run((store) => store.get(key)),
    put: (item) => run((store) => store.put(item)),
    update: (key, change) => run((store) => store.update(key, change)),
    remove: (key) => run((store) => store.remove(key)),
    close: () => current.close(),
  };
}
