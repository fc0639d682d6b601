// `npm start`: builds what is not built yet (or older than its sources), then serves the demo
// site, the widget and the API with the embedded database in .loket/ (or LOKET_DATA_DIR).
import { at, buildIfNeeded } from './build-if-needed.mjs';

buildIfNeeded();

const { readServeOptions, runServe } = await import(at('packages/server/dist/index.js'));
const options = readServeOptions([], {
  ...process.env,
  LOKET_SITES: process.env.LOKET_SITES ?? at('packages/demo-site/sites'),
  LOKET_STATIC_DIR: process.env.LOKET_STATIC_DIR ?? at('packages/demo-site/dist'),
  LOKET_WIDGET_DIR: process.env.LOKET_WIDGET_DIR ?? at('packages/widget/dist'),
});
try {
  await runServe(options, 'Loket demo');
} catch (error) {
  console.error(`loket: ${error instanceof Error ? error.message : error}`);
  process.exit(2);
}
