import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'common/**/*.test.ts',
      'electron/**/*.test.ts',
      'tools/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'build/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    // Renderer tests: the non-default languages' strings (lazy chunks in the app) loaded up front.
    setupFiles: ['renderer/test/languagesSetup.ts'],
    environment: 'node',
    // The renderer's contrast test reads its theme tokens from the real stylesheet.
    css: { include: [/renderer\/styles\/[^/]+\.css/] },
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on a 2-core CI box that is a single
    // worker, and the suite takes twice as long. The main process only collects results.
    maxWorkers: availableParallelism(),
    // Worker threads start faster than forked processes (about 12% less CPU on the renderer's
    // tests). No test changes the working directory, which threads could not.
    pool: 'threads',
  },
})
