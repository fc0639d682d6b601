// Runs the `loket` command from the TypeScript sources, for tests that start the server as a
// process of its own: `node loket-from-source.mjs serve --port 0 …`.
import { register } from 'node:module';

register(new URL('./source-hooks.mjs', import.meta.url));
const { main } = await import('../cli/main.ts');
await main(process.argv.slice(2));
