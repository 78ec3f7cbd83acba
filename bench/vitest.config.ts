import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

// The root vitest.config.ts lists the app's folders only; the bench's own unit tests run with
// `npx vitest run --config bench/vitest.config.ts`.
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: ['bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
})
