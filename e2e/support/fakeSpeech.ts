import type { Page } from '@playwright/test'

/** One clip the audio path played; `peak`/`samples` are filled in for synthesised WAVs. */
export type PlayedClip = {
  src: string
  volume: number
  /** The phrase the clip says (the engine labels each synthesised clip). */
  phrase: string | null
  /** The output device it was routed to, or null for the default (the loudspeaker). */
  sinkId: string | null
  samples?: number
  peak?: number
}

/** What the fake speech engine saw, read back from the page. */
export type SpeechLog = {
  spoken: { text: string; lang: string; voice: string | null; volume: number; rate: number }[]
  cancels: number
  played: PlayedClip[]
}

export type FakeVoice = { lang: string; name: string }

export type FakeSpeechOptions = {
  /** Audio clips end as soon as they start, so a bundled-engine reading runs to its end. */
  endClips?: boolean
}

declare global {
  interface Window {
    __speechLog?: SpeechLog
    /** Ends every system-voice utterance spoken so far, as a real voice finishing would. */
    __speechEnd?: () => void
  }
}

/**
 * Before the app loads, replaces the Web Speech API with a recorder that has exactly `voices`
 * (on-device), and makes audio elements record `play()` instead of playing: the recorder on the
 * speech path. A synthesised clip (blob: URL) is read back and its 16-bit samples measured, so a
 * test can tell real speech from silence. Utterances never end on their own (see __speechEnd).
 */
export async function installFakeSpeech(
  page: Page,
  voices: FakeVoice[],
  options: FakeSpeechOptions = {},
): Promise<void> {
  await page.addInitScript(
    ({ installed, endClips }: { installed: FakeVoice[]; endClips: boolean }) => {
      const log: SpeechLog = { spoken: [], cancels: 0, played: [] }
      window.__speechLog = log
      const pending: EventTarget[] = []
      class FakeUtterance extends EventTarget {
        lang = ''
        voice: { name: string } | null = null
        volume = 1
        rate = 1
        constructor(public text: string) {
          super()
        }
      }
      const synth = Object.assign(new EventTarget(), {
        getVoices: () =>
          installed.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name })),
        speak: (u: FakeUtterance) => {
          pending.push(u)
          log.spoken.push({
            text: u.text,
            lang: u.lang,
            voice: u.voice?.name ?? null,
            volume: u.volume,
            rate: u.rate,
          })
        },
        cancel: () => {
          log.cancels += 1
          pending.length = 0
        },
        pause: () => undefined,
        resume: () => undefined,
      })
      window.__speechEnd = () => {
        for (const u of pending.splice(0)) u.dispatchEvent(new Event('end'))
      }
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
      Object.defineProperty(window, 'SpeechSynthesisUtterance', {
        value: FakeUtterance,
        configurable: true,
      })
      // The page's CSP keeps fetch() off blob: URLs, so the recorder keeps each clip's Blob.
      const blobs = new Map<string, Blob>()
      const createObjectURL = URL.createObjectURL.bind(URL)
      URL.createObjectURL = (object: Blob | MediaSource) => {
        const url = createObjectURL(object)
        if (object instanceof Blob) blobs.set(url, object)
        return url
      }
      const sinks = new WeakMap<HTMLMediaElement, string>()
      HTMLMediaElement.prototype.setSinkId = function setSinkId(this: HTMLMediaElement, id) {
        sinks.set(this, id)
        return Promise.resolve()
      }
      HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
        const clip: PlayedClip = {
          src: this.src,
          volume: this.volume,
          phrase: this.dataset.phrase ?? null,
          sinkId: sinks.get(this) ?? null,
        }
        log.played.push(clip)
        const blob = blobs.get(this.src)
        blobs.delete(this.src)
        const measured = blob
          ? blob.arrayBuffer().then((wav) => {
              const pcm = new Int16Array(wav.slice(44))
              clip.samples = pcm.length
              clip.peak = pcm.reduce((m, s) => Math.max(m, Math.abs(s)), 0)
            })
          : Promise.resolve()
        if (endClips) void measured.then(() => this.dispatchEvent(new Event('ended')))
        return Promise.resolve()
      }
    },
    { installed: voices, endClips: options.endClips ?? false },
  )
}

/** The fake engine's log so far. */
export async function speechLog(page: Page): Promise<SpeechLog> {
  const log = await page.evaluate(() => window.__speechLog)
  if (!log) throw new Error('the fake speech engine was not installed before the app loaded')
  return log
}
