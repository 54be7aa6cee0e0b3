import { defineConfig } from 'vitest/config';

// Two suites: `unit` is self-contained (our own fixtures); `shared` reads ../shared in place.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'sources/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/shared/**', 'node_modules/**', 'dist/**'],
        },
      },
      {
        extends: true,
        test: { name: 'shared', include: ['test/shared/**/*.test.ts'] },
      },
    ],
  },
});
