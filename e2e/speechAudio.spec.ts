import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { defaultSettings } from '../common/settings/schema'
import { openSpeechService, ReadAloud, SPEECH_SERVICE_ID } from './pages/ReadAloud'
import { byId, loadContent, text } from './support/content'
import { installFakeSpeech } from './support/fakeSpeech'
import { expect, test } from './support/fixtures'

// Issue 10 "Done when": a package's recording plays through the audio element when the system
// has no voice. The host serves the bundled content with a Korean recording for one service,
// referenced as `kiosk-content pack --speech` writes it.
const content = loadContent()
const withAudio = structuredClone(content)
const AUDIO_NAME = `speech/services/${SPEECH_SERVICE_ID}.ko.wav`
const service = byId(withAudio.services, SPEECH_SERVICE_ID, 'service')
service.audio = { ko: AUDIO_NAME }
const CONTENT_FILE = resolve('test-results/speech/content-with-audio.json')

/** A valid, silent, 0.1 s mono 8 kHz WAV, standing in for a recording. */
function silentWav(): Buffer {
  const samples = 800
  const wav = Buffer.alloc(44 + samples * 2)
  wav.write('RIFF', 0, 'latin1')
  wav.writeUInt32LE(36 + samples * 2, 4)
  wav.write('WAVEfmt ', 8, 'latin1')
  wav.writeUInt32LE(16, 16)
  wav.writeUInt16LE(1, 20) // PCM
  wav.writeUInt16LE(1, 22) // mono
  wav.writeUInt32LE(8000, 24)
  wav.writeUInt32LE(16000, 28)
  wav.writeUInt16LE(2, 32)
  wav.writeUInt16LE(16, 34)
  wav.write('data', 36, 'latin1')
  wav.writeUInt32LE(samples * 2, 40)
  return wav
}

// The host serves the recording from next to the content file, as it does for a preview.
mkdirSync(dirname(resolve(dirname(CONTENT_FILE), AUDIO_NAME)), { recursive: true })
writeFileSync(CONTENT_FILE, JSON.stringify(withAudio))
writeFileSync(resolve(dirname(CONTENT_FILE), AUDIO_NAME), silentWav())
test.use({ contentFile: CONTENT_FILE })

test.beforeEach(async ({ kiosk }) => {
  await installFakeSpeech(kiosk.page, [])
})

test('with no system voice, the audio element plays the Korean recording', async ({ kiosk }) => {
  const page = await openSpeechService(kiosk, content, 'ko')
  const readAloud = new ReadAloud(page.app)
  await readAloud.start()
  await expect.poll(async () => (await readAloud.log()).played.length).toBe(1)
  const [played] = (await readAloud.log()).played
  expect(new URL(played?.src ?? '').pathname).toBe(`/content-files/${AUDIO_NAME}`)
  expect(played?.volume).toBeCloseTo(defaultSettings().volume)
  const served = await kiosk.page.request.get(played?.src ?? '')
  expect(served.status(), 'the host serves the recording').toBe(200)
  await expect(readAloud.button).toHaveAttribute('aria-pressed', 'true')
  expect((await readAloud.log()).spoken).toEqual([])
})

test('without a voice or a recording in English, the bundled engine reads it', async ({
  kiosk,
}) => {
  const page = await openSpeechService(kiosk, content, 'en')
  const readAloud = new ReadAloud(page.app)
  await readAloud.start()
  await expect
    .poll(async () => (await readAloud.log()).played[0]?.src ?? '', { timeout: 30_000 })
    .toMatch(/^blob:/)
  expect((await readAloud.log()).played[0]?.phrase).toBe(text(service.name, 'en'))
})
