// Vitest setup (vitest.config.ts setupFiles): renderer tests render in English and Korean as
// well as Chinese, synchronously, as the app does once it has preloaded every language after
// start-up. Tests outside renderer/ never load the renderer's strings.
import { afterEach, expect } from 'vitest'

if (expect.getState().testPath?.includes('/renderer/')) {
  const { loadAllLanguages } = await import('../i18n')
  await loadAllLanguages()
}

// The app's signals on <body> (first screen up, directory in) belong to the test that rendered it.
if (typeof document !== 'undefined') {
  afterEach(() => {
    delete document.body.dataset.ready
    delete document.body.dataset.directory
  })
}
