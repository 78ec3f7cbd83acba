// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from './index'
import { translator, useT } from './useT'

afterEach(async () => {
  cleanup()
  vi.restoreAllMocks()
  i18n.removeResourceBundle('en', 'useTTest')
  await i18n.changeLanguage('zh-Hans')
})

function Title({ ns }: { ns?: string }) {
  const { t, lang } = useT(ns)
  return <h1 lang={lang}>{t('app.title')}</h1>
}

describe('useT', () => {
  it('gives the shown language and draws again when it changes', async () => {
    render(<Title />)
    expect(screen.getByRole('heading').textContent).toBe('救助信息服务')
    await act(() => i18n.changeLanguage('en'))
    expect(screen.getByRole('heading').textContent).toBe('Help and relief information')
    expect(screen.getByRole('heading').getAttribute('lang')).toBe('en')
  })

  it('reads keys in the namespace asked for', () => {
    i18n.addResourceBundle('zh-Hans', 'useTTest', { app: { title: '测试' } })
    render(<Title ns="useTTest" />)
    expect(screen.getByRole('heading').textContent).toBe('测试')
    i18n.removeResourceBundle('zh-Hans', 'useTTest')
  })
})

describe('translator', () => {
  it('looks each plain key up once, and keys with options every time', () => {
    const lookUps: unknown[][] = []
    const getFixedT = i18n.getFixedT.bind(i18n)
    vi.spyOn(i18n, 'getFixedT').mockImplementation((...args: Parameters<typeof getFixedT>) => {
      const real = getFixedT(...args)
      return ((...call: Parameters<typeof real>) => {
        lookUps.push(call)
        return real(...call)
      }) as typeof real
    })
    // A namespace of its own, so no earlier test's translator is reused.
    i18n.addResourceBundle('en', 'useTTest', { a: 'A', n: '{{shown}} of {{total}}' })
    const t = translator('en', 'useTTest')
    expect([t('a'), t('a'), t('a')]).toEqual(['A', 'A', 'A'])
    expect(t('n', { shown: 1, total: 2 })).toBe('1 of 2')
    expect(t('n', { shown: 3, total: 4 })).toBe('3 of 4')
    expect(lookUps.map(([key]) => key)).toEqual(['a', 'n', 'n'])
    expect(translator('en', 'useTTest')).toBe(t)
  })

  it('forgets what it looked up when strings change, and stays the same function', () => {
    i18n.addResourceBundle('en', 'useTTest', { a: 'first' })
    const t = translator('en', 'useTTest')
    expect(t('a')).toBe('first')
    i18n.addResourceBundle('en', 'useTTest', { a: 'second' }, true, true)
    expect(t('a')).toBe('second')
    i18n.removeResourceBundle('en', 'useTTest')
    expect(t('a')).toBe('a')
    // The same function throughout: effects that depend on `t` must not run again (the PIN
    // entry asks the host for its state again when `t` changes, which restarted a PIN being
    // typed while the other languages arrived).
    expect(translator('en', 'useTTest')).toBe(t)
  })
})
