import { describe, expect, it } from 'vitest'
import { createSpeechEngine } from './speechEngine'
import { FakeAudio, FakeBundled, FakeSynth, fakeSpeechEnv, localVoice } from './testing/fakeSpeech'

const phrases = ['Rescue station', 'A bed and meals.']

describe('speech engine', () => {
  it('reads every phrase with the voice for the language, at the settings volume', () => {
    const synth = new FakeSynth([localVoice('zh-CN'), localVoice('en-US', 'Samantha')])
    const engine = createSpeechEngine(fakeSpeechEnv(synth))
    expect(engine.speak({ lang: 'en', phrases, volume: 0.4 })).toBe('voice')
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name, u.volume])).toEqual([
      ['Rescue station', 'en-US', 'Samantha', 0.4],
      ['A bed and meals.', 'en-US', 'Samantha', 0.4],
    ])
    expect(engine.speaking).toBe(true)
    synth.spoken[1]?.fire('end')
    expect(engine.speaking).toBe(false)
  })

  it('plays the recording only when no voice speaks the language', async () => {
    const synth = new FakeSynth([localVoice('zh-CN')])
    const env = fakeSpeechEnv(synth)
    const engine = createSpeechEngine(env)
    const audioUrl = 'content-files/speech/rescue.ko.wav'
    expect(engine.modeFor('ko', audioUrl)).toBe('audio')
    expect(engine.speak({ lang: 'ko', phrases, audioUrl, volume: 0.7 })).toBe('audio')
    expect(synth.spoken).toEqual([])
    expect(env.audios.map((a) => [a.src, a.volume, a.played])).toEqual([[audioUrl, 0.7, true]])
    env.audios[0]?.fire('ended')
    await settle()
    expect(engine.speaking).toBe(false)
    // With a voice for the language, the voice wins and no audio element is made.
    engine.speak({ lang: 'zh-Hans', phrases, audioUrl: 'content-files/x.wav', volume: 1 })
    expect(env.audios).toHaveLength(1)
  })

  it('says nothing at all when neither a voice nor a recording exists for the language', () => {
    const env = fakeSpeechEnv(new FakeSynth([localVoice('en-US')]))
    const engine = createSpeechEngine(env)
    expect(engine.modeFor('ko', undefined)).toBeUndefined()
    expect(engine.speak({ lang: 'ko', phrases, volume: 1 })).toBeUndefined()
    expect(engine.speaking).toBe(false)
    expect(env.audios).toEqual([])
  })

  it('works without the Web Speech API (recordings only)', () => {
    const env = fakeSpeechEnv(undefined)
    const engine = createSpeechEngine(env)
    expect(engine.modeFor('en', undefined)).toBeUndefined()
    expect(engine.speak({ lang: 'en', phrases, audioUrl: 'content-files/a.mp3', volume: 1 })).toBe(
      'audio',
    )
  })

  it('stops: cancels the voice, pauses the recording, and ignores their late callbacks', () => {
    const synth = new FakeSynth([localVoice('en-GB')])
    const env = fakeSpeechEnv(synth)
    const engine = createSpeechEngine(env)
    engine.speak({ lang: 'en', phrases, volume: 1 })
    engine.stop()
    expect(synth.cancels).toBe(1)
    expect(engine.speaking).toBe(false)

    engine.speak({ lang: 'ko', phrases, audioUrl: 'content-files/k.wav', volume: 1 })
    // The cancelled English reading ends late: it must not mark the Korean one as finished.
    synth.spoken[1]?.fire('end')
    expect(engine.speaking).toBe(true)
    engine.stop()
    expect(env.audios[0]?.paused).toBe(true)
  })

  it('notices voices that arrive late and tells listeners when speaking changes', () => {
    const synth = new FakeSynth([])
    const engine = createSpeechEngine(fakeSpeechEnv(synth))
    let voiceNotices = 0
    let changes = 0
    engine.onVoicesChanged(() => (voiceNotices += 1))
    engine.onChange(() => (changes += 1))
    expect(engine.modeFor('ko', undefined)).toBeUndefined()
    synth.setVoices([localVoice('ko-KR')])
    expect(voiceNotices).toBe(1)
    expect(engine.modeFor('ko', undefined)).toBe('voice')
    engine.speak({ lang: 'ko', phrases, volume: 1 })
    engine.stop()
    expect(changes).toBe(2)
  })

  it('treats a recording that cannot play as finished', async () => {
    const refused = () => Promise.reject(new Error('NotAllowedError'))
    const engine = createSpeechEngine({
      ...fakeSpeechEnv(undefined),
      audio: (src) => new FakeAudio(src, refused),
    })
    engine.speak({ lang: 'en', phrases, audioUrl: 'content-files/a.mp3', volume: 1 })
    expect(engine.speaking).toBe(true)
    await settle()
    expect(engine.speaking).toBe(false)
  })
})

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('the bundled engine (no system voice)', () => {
  it('speaks every phrase in turn through the audio path, at the visitor rate and volume', async () => {
    const bundled = new FakeBundled()
    const env = fakeSpeechEnv(new FakeSynth([localVoice('en-US')]), bundled)
    const engine = createSpeechEngine(env)
    expect(engine.modeFor('ko', undefined)).toBe('bundled')
    expect(engine.speak({ lang: 'ko', phrases, volume: 0.5, rate: 1.8 })).toBe('bundled')
    await settle()
    expect(env.audios.map((a) => [a.src, a.volume, a.played])).toEqual([
      ['clip:Rescue station', 0.5, true],
    ])
    // The second phrase is made while the first plays, and played when the first ends.
    expect(bundled.requests.map((r) => [r.text, r.lang, r.rate])).toEqual([
      ['Rescue station', 'ko', 2],
      ['A bed and meals.', 'ko', 2],
    ])
    env.audios[0]?.fire('ended')
    await settle()
    expect(env.audios.map((a) => a.src)).toEqual(['clip:Rescue station', 'clip:A bed and meals.'])
    expect(engine.speaking).toBe(true)
    env.audios[1]?.fire('ended')
    await settle()
    expect(engine.speaking).toBe(false)
  })

  it('a recording for the item comes before the bundled engine', () => {
    const env = fakeSpeechEnv(undefined, new FakeBundled())
    const engine = createSpeechEngine(env)
    expect(engine.speak({ lang: 'ko', phrases, audioUrl: 'content-files/k.wav', volume: 1 })).toBe(
      'audio',
    )
    expect(env.audios.map((a) => a.src)).toEqual(['content-files/k.wav'])
  })

  it('pauses and resumes where it was; a stop drops the phrases still to come', async () => {
    const env = fakeSpeechEnv(undefined, new FakeBundled())
    const engine = createSpeechEngine(env)
    engine.speak({ lang: 'en', phrases, volume: 1 })
    await settle()
    engine.pause()
    expect([engine.paused, env.audios[0]?.paused]).toEqual([true, true])
    engine.resume()
    expect([engine.paused, env.audios[0]?.paused]).toEqual([false, false])
    engine.stop()
    env.audios[0]?.fire('ended')
    await settle()
    expect(env.audios).toHaveLength(1)
  })

  it('headphones only: never a system voice, every clip routed, silence if routing fails', async () => {
    const synth = new FakeSynth([localVoice('en-US')])
    const env = fakeSpeechEnv(synth, new FakeBundled())
    const engine = createSpeechEngine(env)
    expect(engine.modeFor('en', undefined, true)).toBe('bundled')
    engine.speak({ lang: 'en', phrases, volume: 1, sinkId: 'headset-1' })
    await settle()
    expect(synth.spoken).toEqual([])
    expect(env.audios.map((a) => [a.sinkId, a.played])).toEqual([['headset-1', true]])

    const unroutable = createSpeechEngine({
      ...env,
      audio: (src) => Object.assign(new FakeAudio(src), { setSinkId: undefined }),
    })
    const before = env.audios.length
    unroutable.speak({ lang: 'en', phrases, volume: 1, sinkId: 'headset-1' })
    await settle()
    expect(env.audios).toHaveLength(before)
    expect(unroutable.speaking).toBe(false)
  })

  it('an engine that fails ends the reading instead of hanging', async () => {
    const bundled = new FakeBundled()
    bundled.failWith = 'speech engine did not start'
    const engine = createSpeechEngine(fakeSpeechEnv(undefined, bundled))
    engine.speak({ lang: 'en', phrases, volume: 1 })
    await settle()
    expect(engine.speaking).toBe(false)
  })
})
