import { describe, expect, it } from 'vitest'
import { localize } from './localize'

describe('localize', () => {
  const text = { 'zh-Hans': '救助站', en: 'Rescue station' }

  it('returns the requested translation when present', () => {
    expect(localize(text, 'en')).toEqual({ text: 'Rescue station', fallback: false })
  })

  it('falls back to Chinese and flags it when the translation is missing', () => {
    expect(localize(text, 'ko')).toEqual({ text: '救助站', fallback: true })
  })

  it('never flags Chinese itself as a fallback', () => {
    expect(localize(text, 'zh-Hans')).toEqual({ text: '救助站', fallback: false })
  })

  it('treats a blank translation as missing', () => {
    expect(localize({ 'zh-Hans': '热线', ko: '  ' }, 'ko')).toEqual({
      text: '热线',
      fallback: true,
    })
  })

  it('gives empty text for absent text', () => {
    expect(localize(undefined, 'en')).toEqual({ text: '', fallback: false })
  })
})
