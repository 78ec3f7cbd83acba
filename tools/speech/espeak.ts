import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Language } from '../../common/content/schema'
import { halveSampleRate } from './wav'

/** Turns text in one language into audio bytes of one file type. */
export type SpeechSynthesizer = {
  name: string
  /** File extension of what `synthesize` returns (an audio type a package may carry). */
  extension: 'wav'
  synthesize(text: string, lang: Language): Promise<Uint8Array>
}

const ESPEAK = 'espeak-ng'
/** espeak-ng voice names: Mandarin (not Cantonese) for Chinese. */
const VOICES: Record<Language, string> = { 'zh-Hans': 'cmn', en: 'en', ko: 'ko' }
/** Words per minute: slower than espeak's 175, for tired or non-native listeners. */
const WORDS_PER_MINUTE = '150'

function run(args: string[], input?: string): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ESPEAK, args, { stdio: ['pipe', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code: code ?? 1, stderr }))
    child.stdin.end(input ?? '')
  })
}

/**
 * espeak-ng, when it is installed (apt package `espeak-ng`), as a local text-to-speech engine:
 * undefined when it is not, so callers can say so plainly. Text goes in on stdin, never as an
 * argument, so no text can be taken for an option; output is an 11 kHz 16-bit WAV file.
 */
export async function findEspeak(): Promise<SpeechSynthesizer | undefined> {
  const probe = await run(['--version']).catch(() => undefined)
  if (probe?.code !== 0) return undefined
  return {
    name: ESPEAK,
    extension: 'wav',
    async synthesize(text, lang) {
      const dir = await mkdtemp(join(tmpdir(), 'kiosk-speech-'))
      try {
        const file = join(dir, 'speech.wav')
        const args = ['-v', VOICES[lang], '-s', WORDS_PER_MINUTE, '-w', file, '--stdin']
        const result = await run(args, text)
        if (result.code !== 0) {
          throw new Error(
            `${ESPEAK} failed for ${lang} (exit ${result.code}): ${result.stderr.trim()}`,
          )
        }
        return halveSampleRate(new Uint8Array(await readFile(file)))
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    },
  }
}
