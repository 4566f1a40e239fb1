import { defineConfig } from 'vitest/config';

/**
 * Tests that time the server against a limit run in a group of their own, after all the
 * others: on a 2-core machine, another test file's server sharing the cores would be measured
 * along with what the test means to measure.
 */
const TIMED = ['tests/server/workers.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit and integration',
          include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'tests/server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: TIMED,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'timed, alone', include: TIMED, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
