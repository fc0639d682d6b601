#!/usr/bin/env node
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('loket: the server is not built yet. Run `npm run build` (or `npm start`) in the Loket folder first.');
  process.exit(1);
}
const { main } = await import(cli.href);
await main(process.argv.slice(2));
