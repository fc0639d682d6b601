/** Options of {@link Queryable.query}. */
export type QueryOptions = {
  /**
   * Prepares the statement under this name on each PostgreSQL connection the first time it runs
   * there; later calls send only its parameters, and PostgreSQL neither parses nor plans it
   * again. For the statements of every request (filing a case). One name, one SQL text. PGlite
   * ignores it.
   */
  prepareAs?: string;
};

/** Something SQL can be sent to: the database itself or an open transaction. */
export type Queryable = {
  /** Runs one statement with `$1`-style parameters. */
  query<TRow = Record<string, unknown>>(sql: string, params?: unknown[], options?: QueryOptions): Promise<{ rows: TRow[] }>;
};

/**
 * The database the case service stores everything in: PGlite (embedded) or PostgreSQL. Both run
 * the same SQL, so code above this interface never knows which one it has.
 */
export type Database = Queryable & {
  /** `pglite` for the embedded database, `postgres` for a PostgreSQL server. */
  readonly kind: 'pglite' | 'postgres';
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Finishes pending work and releases the database. */
  close(): Promise<void>;
};

/** PostgreSQL's code for a unique constraint that a write would break. */
export const UNIQUE_VIOLATION = '23505';

/** Tells whether an error from either driver is a unique violation (`23505`). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === UNIQUE_VIOLATION;
}
