/** Name of the object store that holds the items, keyed by idempotency key. */
export const ITEMS_STORE = 'items';

/**
 * Opens (and on first use creates) the outbox database.
 *
 * @throws the browser's `DOMException` when IndexedDB is unusable, e.g. in some private modes.
 */
export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(ITEMS_STORE)) {
        request.result.createObjectStore(ITEMS_STORE, { keyPath: 'key' });
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of this database must not wait for this one.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`The IndexedDB database '${name}' is held open by an older version in another tab.`));
  });
}

/**
 * Runs `work` in one transaction on the items store and resolves with its result once the
 * transaction committed, so that a caller never acts on a change that was rolled back.
 */
export function inTransaction<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore, done: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(ITEMS_STORE, mode);
    let result = undefined as T;
    transaction.oncomplete = () => resolve(result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error ?? new Error('The IndexedDB transaction was aborted.'));
    work(transaction.objectStore(ITEMS_STORE), (value) => {
      result = value;
    });
  });
}
