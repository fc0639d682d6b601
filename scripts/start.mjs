// `npm start`: builds what is not built yet (or older than its sources), then serves the demo
// site, the widget and the API with the embedded database in .loket/ (or LOKET_DATA_DIR).
import { at, buildIfNeeded, demoEnvironment } from './build-if-needed.mjs';

buildIfNeeded();

const { readServeOptions, runServe } = await import(at('packages/server/dist/index.js'));
const options = readServeOptions([], demoEnvironment());
try {
  await runServe(options, 'Loket demo');
} catch (error) {
  console.error(`loket: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
