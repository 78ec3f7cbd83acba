import type { Page } from '@playwright/test'

/** What the fake speech engine saw, read back from the page. */
export type SpeechLog = {
  spoken: { text: string; lang: string; voice: string | null; volume: number }[]
  cancels: number
  played: { src: string; volume: number }[]
}

export type FakeVoice = { lang: string; name: string }

declare global {
  interface Window {
    __speechLog?: SpeechLog
  }
}

/**
 * Before the app loads, replaces the Web Speech API with a recorder that has exactly `voices`
 * (on-device), and makes audio elements record `play()` instead of playing. Nothing ends on
 * its own, so a reading stays "in progress" until the app cancels it.
 */
export async function installFakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
  await page.addInitScript((installed: FakeVoice[]) => {
    const log: SpeechLog = { spoken: [], cancels: 0, played: [] }
    window.__speechLog = log
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
      speak: (u: FakeUtterance) =>
        log.spoken.push({
          text: u.text,
          lang: u.lang,
          voice: u.voice?.name ?? null,
          volume: u.volume,
        }),
      cancel: () => {
        log.cancels += 1
      },
    })
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    })
    HTMLMediaElement.prototype.play = function play(this: HTMLMediaElement) {
      log.played.push({ src: this.src, volume: this.volume })
      return Promise.resolve()
    }
  }, voices)
}

/** The fake engine's log so far. */
export async function speechLog(page: Page): Promise<SpeechLog> {
  const log = await page.evaluate(() => window.__speechLog)
  if (!log) throw new Error('the fake speech engine was not installed before the app loaded')
  return log
}
