// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'

// Layering (DESIGN.md §1): where code runs must be visible from where it lives, and a lint
// rule, not a convention, keeps it true.
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const electronBan = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron.',
}
const nodeBan = nodeBuiltins.map((name) => ({
  name,
  message: 'This layer runs without Node: keep Node built-ins in electron/services.',
}))

const fetchMessage = 'Only renderer/api/ may call fetch: use the KioskApi (renderer/api).'

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.tsbuild/',
      'coverage/',
      'playwright-report/',
      'test-results/',
      'e2e/screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronBan] }],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeBan],
          patterns: [
            {
              group: ['react', 'react-*', 'lowdb', 'lowdb/*'],
              message: 'common/ is pure TypeScript.',
            },
            {
              group: ['**/electron/**', '**/renderer/**', '**/tools/**'],
              message: 'common/ imports only common/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan, ...nodeBan],
          patterns: [
            {
              group: ['**/electron/**', '**/tools/**'],
              message: 'The renderer talks to the host only through renderer/api/.',
            },
          ],
        },
      ],
    },
  },
  {
    // The renderer reaches the host only through renderer/api/ (the contract's clients).
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/api/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: fetchMessage }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'fetch', message: fetchMessage },
        { object: 'globalThis', property: 'fetch', message: fetchMessage },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'The shell never imports the UI.' },
            {
              group: ['**/web', '**/web/**'],
              message:
                'The Electron host never imports the browser host: what both serve lives in electron/serve/.',
            },
          ],
        },
      ],
    },
  },
)
