import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { MOCKING_JSDOM, MOCKING_NODE } from './tests/isolated-files';

export default defineConfig({
  plugins: [react()],
  test: {
    // The CI machines have 2 slow cores: most of a test file's time was spent transforming modules and
    // building a fresh jsdom for it. Files share their worker's module cache (isolate: false); each test
    // resets what it uses (stores, database, timers) in its own hooks.
    maxWorkers: 2,
    // Timeouts catch hangs, not slowness: a loaded CI machine runs some files ten times slower than a laptop.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/build/**/*.test.ts'],
          exclude: MOCKING_NODE,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          exclude: MOCKING_JSDOM,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      // Files that replace a module with vi.mock run on their own: a shared module cache would leak the mock
      // into other files or ignore it.
      {
        extends: true,
        test: { name: 'node-mocks', environment: 'node', include: MOCKING_NODE, isolate: true },
      },
      {
        extends: true,
        test: {
          name: 'jsdom-mocks',
          environment: 'jsdom',
          include: MOCKING_JSDOM,
          isolate: true,
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
