// Widget tests and the SDK's browser tests (*.browser.test.ts: outbox, IndexedDB) in Debian's Chromium: `npm run test:browser`. No browser is downloaded.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));

export default {
  files: ['packages/widget/src/**/*.test.ts', 'packages/sdk/src/**/*.browser.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig, target: 'es2022' })],
  // msw's service worker must be served from the root to stand in for the API on every path.
  middleware: [
    (context, next) => {
      if (context.path === '/mockServiceWorker.js') context.path = '/node_modules/msw/lib/mockServiceWorker.js';
      return next();
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 120000,
};
