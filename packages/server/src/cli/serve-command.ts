import { parseArgs } from 'node:util';
import { SiteConfigError } from '../sites/load-sites';
import { DatabaseInUseError } from '../store/data-dir-lock';
import { DatabaseUnavailableError } from '../store/database-unavailable';
import { startServer } from '../start-server';
import type { RunningServer, StartServerOptions } from '../start-server';
import type { DatabaseOptions } from '../store/open-database';
import { UsageError } from './usage-error';

export const SERVE_HELP = `Usage: loket serve [options]

Starts the case service: API v1, the widget bundle and optionally a web site.

Options (each also settable by the environment variable in brackets):
  --port <n>          TCP port (PORT, default 8787)
  --host <name>       address to listen on (HOST, default 127.0.0.1)
  --sites <dir>       folder with one folder per site (LOKET_SITES, default ./sites)
  --data-dir <dir>    folder of the embedded database (LOKET_DATA_DIR, default ./.loket)
  --database-url <u>  use PostgreSQL instead of the embedded database (LOKET_DATABASE_URL)
  --widget <dir>      serve loket.js from this folder (LOKET_WIDGET_DIR, default: @loket/widget)
  --static <dir>      serve this web site at / (LOKET_STATIC_DIR)
  --trusted-proxies <n>  proxies in front of the server that append the client's address to
                      X-Forwarded-For; rate limits count that address instead of the proxy's
                      (LOKET_TRUSTED_PROXIES, default 0: the header is ignored)
`;

/**
 * Where the database is: `--data-dir` / `--database-url`, else `LOKET_DATA_DIR` /
 * `LOKET_DATABASE_URL`, else the embedded database in `./.loket`. Every command that opens the
 * database reads it the same way.
 */
export function readDatabaseOptions(values: { 'data-dir'?: string; 'database-url'?: string }, env: NodeJS.ProcessEnv): DatabaseOptions {
  return { dataDir: values['data-dir'] ?? env.LOKET_DATA_DIR ?? '.loket', databaseUrl: values['database-url'] ?? env.LOKET_DATABASE_URL };
}

/** Reads the `serve` options from the arguments, falling back to the environment. */
export function readServeOptions(args: string[], env: NodeJS.ProcessEnv): StartServerOptions {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      sites: { type: 'string' },
      'data-dir': { type: 'string' },
      'database-url': { type: 'string' },
      widget: { type: 'string' },
      static: { type: 'string' },
      'trusted-proxies': { type: 'string' },
    },
  });
  const portText = values.port ?? env.PORT ?? '8787';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`The port "${portText}" is not a port number. Use a number from 1 to 65535, e.g. PORT=8788.`);
  }
  const proxiesText = values['trusted-proxies'] ?? env.LOKET_TRUSTED_PROXIES ?? '0';
  const trustedProxies = Number(proxiesText);
  if (!/^\d+$/.test(proxiesText) || trustedProxies > 10) {
    throw new UsageError(`"${proxiesText}" is not a number of proxies. Give how many proxies in front of the server append to X-Forwarded-For, e.g. LOKET_TRUSTED_PROXIES=1 behind one load balancer, or 0.`);
  }
  return {
    port,
    trustedProxies,
    host: values.host ?? env.HOST ?? '127.0.0.1',
    sitesDir: values.sites ?? env.LOKET_SITES ?? 'sites',
    ...readDatabaseOptions(values, env),
    publicFiles: {
      widgetDir: values.widget ?? env.LOKET_WIDGET_DIR,
      siteDir: values.static ?? env.LOKET_STATIC_DIR,
    },
  };
}

/**
 * Starts the server and stops it cleanly on Ctrl-C or SIGTERM.
 *
 * @returns the running server; `banner` is printed with its address.
 */
export async function runServe(options: StartServerOptions, banner = 'Loket'): Promise<RunningServer> {
  let server: RunningServer;
  try {
    server = await startServer(options);
  } catch (error) {
    throw explainStartFailure(error, options);
  }
  console.log(`${banner}: ${server.url}`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping Loket…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[loket] Could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  // `on`, not `once`: Ctrl-C reaches both npm and node, and npm forwards it again; a second
  // signal must not kill the process halfway through closing the database.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}

function explainStartFailure(error: unknown, options: StartServerOptions): Error {
  if (error instanceof SiteConfigError) return error;
  if (error instanceof DatabaseInUseError || error instanceof DatabaseUnavailableError) return new UsageError(error.message);
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') {
    return new UsageError(`Port ${options.port} is already in use. Stop the other program or choose another port, e.g. PORT=${(options.port ?? 8787) + 1}.`);
  }
  if (code === 'ECONNREFUSED' && options.databaseUrl) {
    return new UsageError('PostgreSQL refused the connection. Check LOKET_DATABASE_URL and that the database server runs.');
  }
  return error instanceof Error ? error : new Error(String(error));
}
