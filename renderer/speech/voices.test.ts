import { describe, expect, it } from 'vitest'
import { pickVoice, type VoiceLike } from './voices'

const voice = (lang: string, name = lang, localService = true): VoiceLike => ({
  lang,
  name,
  localService,
})

describe('pickVoice', () => {
  it('finds a voice for each kiosk language by its tag', () => {
    const voices = [voice('en-GB'), voice('ko-KR'), voice('zh-CN')]
    expect(pickVoice(voices, 'en')?.lang).toBe('en-GB')
    expect(pickVoice(voices, 'ko')?.lang).toBe('ko-KR')
    expect(pickVoice(voices, 'zh-Hans')?.lang).toBe('zh-CN')
  })

  it('returns nothing rather than a voice for another language', () => {
    expect(pickVoice([voice('en-US'), voice('ja-JP')], 'ko')).toBeUndefined()
  })

  it('never reads Chinese text with a Cantonese voice', () => {
    expect(pickVoice([voice('zh-HK'), voice('yue-Hant-HK')], 'zh-Hans')).toBeUndefined()
  })

  it('prefers a mainland Mandarin voice over a Taiwanese one, whatever the order', () => {
    expect(pickVoice([voice('zh-TW'), voice('cmn_CN'), voice('zh-HK')], 'zh-Hans')?.lang).toBe(
      'cmn_CN',
    )
  })

  it('ignores network voices, which stay silent on an offline kiosk', () => {
    const online = voice('ko-KR', 'Google 한국의', false)
    expect(pickVoice([online], 'ko')).toBeUndefined()
    expect(pickVoice([online, voice('ko-KR', 'Local Korean')], 'ko')?.name).toBe('Local Korean')
  })
})
