import { describe, expect, it } from 'vitest'
import { createBundledVoice, type WorkerLike } from './bundledVoice'
import { ESPEAK_VOICE, espeakArguments, OUTPUT_FILE, type SynthRequest } from './espeakArgs'

/** A worker that keeps what it was sent and lets the test answer or fail. */
function fakeWorker() {
  const sent: SynthRequest[] = []
  const on: Record<string, ((event: never) => void)[]> = {}
  let made = 0
  const worker: WorkerLike = {
    postMessage: (m) => sent.push(m),
    addEventListener: (type: string, listener: (event: never) => void) => {
      ;(on[type] ??= []).push(listener)
    },
  }
  return {
    sent,
    made: () => made,
    make: () => {
      made += 1
      return worker
    },
    reply: (data: unknown) => on.message?.forEach((l) => l({ data } as never)),
    crash: (message: string) => on.error?.forEach((l) => l({ message } as never)),
  }
}

describe('bundled voice client', () => {
  it('starts the worker at the first request only, and matches answers to requests', async () => {
    const fake = fakeWorker()
    const voice = createBundledVoice(fake.make)
    expect(fake.made()).toBe(0)
    const a = voice.synthesize('one', 'en', 1)
    const b = voice.synthesize('两', 'zh-Hans', 1.5)
    expect(fake.made()).toBe(1)
    expect(fake.sent.map((m) => [m.text, m.lang, m.rate])).toEqual([
      ['one', 'en', 1],
      ['两', 'zh-Hans', 1.5],
    ])
    const wavB = new ArrayBuffer(8)
    fake.reply({ id: fake.sent[1]?.id, wav: wavB })
    fake.reply({ id: fake.sent[0]?.id, error: 'no voice' })
    await expect(b).resolves.toBe(wavB)
    await expect(a).rejects.toThrow('no voice')
  })

  it('a worker that cannot start fails every waiting request, and the next one tries again', async () => {
    const fake = fakeWorker()
    const voice = createBundledVoice(fake.make)
    const a = voice.synthesize('one', 'ko', 1)
    fake.crash('CSP blocked WebAssembly')
    await expect(a).rejects.toThrow('speech engine did not start: CSP blocked WebAssembly')
    void voice.synthesize('two', 'ko', 1).catch(() => undefined)
    expect(fake.made()).toBe(2)
  })
})

describe('espeak-ng arguments', () => {
  it('picks Mandarin, US English and Korean voices, speed from the rate, WAV out', () => {
    expect(espeakArguments('你好', 'zh-Hans', 1)).toEqual([
      '-v',
      ESPEAK_VOICE['zh-Hans'],
      '-s',
      '175',
      '-w',
      OUTPUT_FILE,
      '你好',
    ])
    expect(espeakArguments('hi', 'en', 2)[3]).toBe('350')
    expect(espeakArguments('hi', 'ko', 100)[3]).toBe('390')
    expect(espeakArguments('hi', 'ko', Number.NaN)[3]).toBe('175')
  })

  it('text that looks like an option stays text', () => {
    expect(espeakArguments('--help', 'en', 1).at(-1)).toBe(' --help')
  })
})
