import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['runtime/**/*.test.ts', 'nodes/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'samples/**/*.test.ts', 'examples/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
  },
});
