import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The renderer is built once and served by both hosts: Electron over app://, the browser host
// over http://127.0.0.1. Relative asset paths keep the same build working under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  resolve: {
    // zod in jitless mode before any schema is built, in every chunk (renderer/zodJitless.ts).
    alias: [
      {
        find: /^zod$/,
        replacement: fileURLToPath(new URL('./renderer/zodJitless.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles may appear: the CSP is default-src 'self'.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-screen', tags: ['$initial'] }],
        },
      },
    },
  },
})
