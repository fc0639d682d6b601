import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

// Packages import each other by their public names; the `source` export condition points those
// names at the TypeScript sources, so tests need no build of the package they import.
const conditions = ['source', ...defaultServerConditions];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: {
    projects: [
      {
        extends: true,
        // *.browser.test.ts need a real browser (IndexedDB, service worker): web-test-runner runs them.
        test: { name: 'sdk', include: ['packages/sdk/src/**/*.test.ts'], exclude: ['packages/sdk/src/**/*.browser.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'server', include: ['packages/server/src/**/*.test.ts'], environment: 'node', testTimeout: 20_000, hookTimeout: 30_000 },
      },
      {
        extends: true,
        test: { name: 'demo-site', include: ['packages/demo-site/src/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
    ],
  },
});
