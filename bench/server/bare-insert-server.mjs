// The baseline: an HTTP server that does nothing but one INSERT of the request body per POST,
// through the same driver as Loket (a pg Pool of the same size, or PGlite on a data folder). The
// benchmark drives it like Loket, so the ratio between the two is the cost of Loket's own layers
// (routing, validation, the case's rules and its several statements in one transaction).
//   node bench/server/bare-insert-server.mjs postgres <url> <pool size>
//   node bench/server/bare-insert-server.mjs pglite <data folder>
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';

const [kind, where, poolSize] = process.argv.slice(2);
const TABLE = `CREATE TABLE IF NOT EXISTS bare_inserts (id UUID PRIMARY KEY, body JSONB NOT NULL, created_at TIMESTAMPTZ NOT NULL)`;
const INSERT = 'INSERT INTO bare_inserts (id, body, created_at) VALUES ($1, $2, $3)';

let query;
let close;
if (kind === 'postgres') {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: where, max: Number(poolSize) });
  query = (sql, params) => pool.query(sql, params);
  close = () => pool.end();
} else {
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(where);
  query = (sql, params) => db.query(sql, params);
  close = () => db.close();
}
await query(TABLE);

const server = createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    query(INSERT, [randomUUID(), Buffer.concat(chunks).toString('utf8'), new Date()]).then(
      () => {
        response.writeHead(201, { 'Content-Type': 'application/json' });
        response.end('{"ok":true}');
      },
      (error) => {
        console.error(error);
        response.writeHead(500).end();
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => console.log(`Bare insert: http://127.0.0.1:${server.address().port}`));
process.on('SIGTERM', () => {
  server.close(() => close().then(() => process.exit(0)));
  server.closeIdleConnections();
});
