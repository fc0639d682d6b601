import { inTransaction, openDatabase } from './idb';
import { byQueuedAt } from './store';
import type { OutboxStore } from './store';
import type { OutboxItem } from './types';

/**
 * Keeps items in IndexedDB. Every change runs in one transaction, so two tabs changing the same
 * item one after the other never bring back an item the other removed.
 *
 * @throws the browser's `DOMException` when the database cannot be opened.
 */
export async function createIndexedDbStore(factory: IDBFactory, name: string): Promise<OutboxStore> {
  const db = await openDatabase(factory, name);
  return {
    persistent: true,
    list: (site) =>
      inTransaction<OutboxItem[]>(db, 'readonly', (store, done) => {
        const request = store.getAll();
        request.onsuccess = () => done((request.result as OutboxItem[]).filter((item) => item.site === site).sort(byQueuedAt));
      }),
    get: (key) =>
      inTransaction<OutboxItem | undefined>(db, 'readonly', (store, done) => {
        const request = store.get(key);
        request.onsuccess = () => done(request.result as OutboxItem | undefined);
      }),
    put: (item) => inTransaction<void>(db, 'readwrite', (store) => void store.put(item)),
    update: (key, change) =>
      inTransaction<OutboxItem | undefined>(db, 'readwrite', (store, done) => {
        const request = store.get(key);
        request.onsuccess = () => {
          const item = request.result as OutboxItem | undefined;
          if (!item) return;
          const changed = change(item);
          store.put(changed);
          done(changed);
        };
      }),
    remove: (key) =>
      inTransaction<boolean>(db, 'readwrite', (store, done) => {
        const request = store.count(key);
        request.onsuccess = () => {
          if (request.result === 0) return done(false);
          store.delete(key);
          done(true);
        };
      }),
    close: () => db.close(),
  };
}
