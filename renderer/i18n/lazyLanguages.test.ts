import { describe, expect, it, vi } from 'vitest'

/** A fresh i18n module, as the app starts: only the default language in it. */
async function freshI18n() {
  vi.resetModules()
  return import('./index')
}

describe('languages loaded on demand', () => {
  it('starts with Chinese only, falls back to Chinese until a language has loaded', async () => {
    const { i18n, hasLanguage, loadLanguage } = await freshI18n()
    expect(hasLanguage('zh-Hans')).toBe(true)
    expect(hasLanguage('en')).toBe(false)
    expect(i18n.getFixedT('en')('app.title')).toBe('救助信息服务')

    const first = loadLanguage('en')
    expect(loadLanguage('en')).toBe(first)
    await first
    expect(hasLanguage('en')).toBe(true)
    expect(hasLanguage('ko')).toBe(false)
    expect(i18n.getFixedT('en')('app.title')).toBe('Help and relief information')
    await i18n.changeLanguage('en')
    expect(i18n.t('app.title')).toBe('Help and relief information')
  })

  it('loadAllLanguages brings in every language, each with every namespace', async () => {
    const { i18n, loadAllLanguages, hasLanguage } = await freshI18n()
    await loadAllLanguages()
    expect(hasLanguage('ko')).toBe(true)
    for (const lang of ['en', 'ko']) {
      expect(Object.keys(i18n.getDataByLanguage(lang) ?? {}).sort()).toEqual(
        Object.keys(i18n.getDataByLanguage('zh-Hans') ?? {}).sort(),
      )
    }
  })
})
