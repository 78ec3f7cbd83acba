import type { AudioLike, SpeechEnv, SynthLike, UtteranceLike } from '../speechEngine'
import type { VoiceLike } from '../voices'
import type { Language } from '../../../common/content/schema'
import type { BundledVoice } from '../bundled/bundledVoice'

type Listener = () => void

/** An utterance that records what the engine set and lets a test end it. */
export class FakeUtterance implements UtteranceLike {
  lang = ''
  voice: VoiceLike | null = null
  volume = 1
  rate = 1
  private listeners: Record<string, Listener[]> = {}
  constructor(public text: string) {}
  addEventListener(type: 'start' | 'end' | 'error', listener: Listener): void {
    ;(this.listeners[type] ??= []).push(listener)
  }
  fire(type: 'start' | 'end' | 'error'): void {
    for (const l of this.listeners[type] ?? []) l()
  }
}

/** A speechSynthesis with the given voices that records every utterance and cancel. */
export class FakeSynth implements SynthLike {
  spoken: FakeUtterance[] = []
  cancels = 0
  private voiceListeners = new Set<Listener>()
  constructor(public voices: VoiceLike[]) {}
  speak(utterance: UtteranceLike): void {
    if (!(utterance instanceof FakeUtterance)) throw new Error('not a fake utterance')
    this.spoken.push(utterance)
  }
  cancel(): void {
    this.cancels += 1
  }
  pauses = 0
  resumes = 0
  pause(): void {
    this.pauses += 1
  }
  resume(): void {
    this.resumes += 1
  }
  getVoices(): readonly VoiceLike[] {
    return this.voices
  }
  addEventListener(_type: 'voiceschanged', listener: Listener): void {
    this.voiceListeners.add(listener)
  }
  removeEventListener(_type: 'voiceschanged', listener: Listener): void {
    this.voiceListeners.delete(listener)
  }
  /** Voices arriving late, as Chromium's do. */
  setVoices(voices: VoiceLike[]): void {
    this.voices = voices
    for (const l of this.voiceListeners) l()
  }
}

/** An audio element that records its source, volume, play and pause. */
export class FakeAudio implements AudioLike {
  volume = 1
  played = false
  paused = false
  sinkId: string | undefined
  private listeners: Record<string, Listener[]> = {}
  constructor(
    public src: string,
    private playResult: () => Promise<void> = () => Promise.resolve(),
  ) {}
  play(): Promise<void> {
    this.played = true
    this.paused = false
    return this.playResult()
  }
  setSinkId(sinkId: string): Promise<void> {
    this.sinkId = sinkId
    return Promise.resolve()
  }
  pause(): void {
    this.paused = true
  }
  addEventListener(type: 'ended' | 'error', listener: Listener): void {
    ;(this.listeners[type] ??= []).push(listener)
  }
  fire(type: 'ended' | 'error'): void {
    for (const l of this.listeners[type] ?? []) l()
  }
}

/** A bundled engine whose "WAV" is the phrase's text, so a test can see what was made. */
export class FakeBundled implements BundledVoice {
  requests: { text: string; lang: Language; rate: number }[] = []
  failWith: string | undefined
  synthesize(text: string, lang: Language, rate: number): Promise<ArrayBuffer> {
    this.requests.push({ text, lang, rate })
    if (this.failWith !== undefined) return Promise.reject(new Error(this.failWith))
    return Promise.resolve(new TextEncoder().encode(text).buffer)
  }
}

/** A SpeechEnv over fakes, keeping every audio element it made. */
export function fakeSpeechEnv(
  synth: FakeSynth | undefined,
  bundled?: FakeBundled,
): SpeechEnv & { audios: FakeAudio[] } {
  const audios: FakeAudio[] = []
  return {
    synth,
    audios,
    utterance: (text) => new FakeUtterance(text),
    audio: (src) => {
      const audio = new FakeAudio(src)
      audios.push(audio)
      return audio
    },
    bundled,
    clipUrl: (wav) => `clip:${new TextDecoder().decode(wav)}`,
    releaseClip: () => undefined,
  }
}

export const localVoice = (lang: string, name = `Voice ${lang}`): VoiceLike => ({
  lang,
  name,
  localService: true,
})
