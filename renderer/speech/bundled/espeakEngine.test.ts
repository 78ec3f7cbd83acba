import ESpeakNg from 'espeak-ng'
import { describe, expect, it } from 'vitest'
import { LANGUAGES } from '../../../common/content/schema'
import { espeakArguments, OUTPUT_FILE } from './espeakArgs'

/** The peak of a 16-bit PCM WAV's samples (data after the 44-byte header). */
function peak(wav: Uint8Array): number {
  const samples = new Int16Array(wav.slice(44).buffer)
  return samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0)
}

const SAMPLE: Record<(typeof LANGUAGES)[number], string> = {
  'zh-Hans': '您好，这里是救助站。',
  en: 'Hello, this is the rescue station.',
  ko: '안녕하세요, 구조 센터입니다.',
}

// The real engine, as the worker runs it: the package must carry every kiosk language's voice.
describe('the bundled espeak-ng engine', () => {
  it.each(LANGUAGES)('speaks %s: a WAV of real (not silent) speech', async (lang) => {
    const problems: string[] = []
    const engine = await ESpeakNg({
      arguments: espeakArguments(SAMPLE[lang], lang, 1),
      print: () => undefined,
      printErr: (line) => problems.push(line),
    })
    const wav = engine.FS.readFile(OUTPUT_FILE)
    expect(problems).toEqual([])
    expect(new TextDecoder().decode(wav.slice(0, 4))).toBe('RIFF')
    expect(wav.length, 'over half a second at 22 kHz').toBeGreaterThan(22_050)
    expect(peak(wav)).toBeGreaterThan(5_000)
  })
})
