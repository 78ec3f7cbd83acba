import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { checkContentText } from '../../common/content/check'
import { validContent } from '../../common/content/fixtures/validContent'
import { LANGUAGES } from '../../common/content/schema'
import { storedFileName, manifestSchema } from '../../common/update/manifest'
import { main } from '../cli'
import { findEspeak } from '../speech/espeak'
import { captureIO } from '../testIO'

let dir: string
async function cli(...args: string[]) {
  const io = captureIO(dir)
  const code = await main(args, io)
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') }
}

async function packWith(...extra: string[]) {
  const keys = await cli('keygen', '--out', 'office')
  const keyId = /key id: +([0-9A-F]{16})/.exec(keys.stdout)?.[1] ?? ''
  const secret = join('office', `${keyId}.key`)
  const result = await cli(
    'pack',
    ...['--content', 'src/content.json', '--key', secret, '--version', '3', '--out', 'stick'],
    ...extra,
  )
  return { result, pub: join('office', `${keyId}.pub`) }
}

const espeak = await findEspeak()
if (!espeak)
  console.warn('espeak-ng not installed (apt package "espeak-ng"): --speech tests skipped')

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiosk-speech-'))
  await mkdir(join(dir, 'src', 'audio'), { recursive: true })
})

async function writeContent(content: unknown) {
  await writeFile(join(dir, 'src', 'content.json'), JSON.stringify(content, null, 2))
}

describe('pack carries recordings the content refers to', () => {
  it('lists an authored recording as an audio file', async () => {
    const content = structuredClone(validContent)
    content.services[0]!.audio = { ko: 'audio/rescue ko.mp3' }
    await writeContent(content)
    await writeFile(join(dir, 'src', 'audio', 'rescue ko.mp3'), 'ID3 fake mp3')
    const { result } = await packWith()
    expect(result.code).toBe(0)
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(dir, 'stick', 'KIOSK-UPDATE', 'manifest.json'), 'utf8')),
    )
    expect(manifest.files.map((f) => [f.name, f.role])).toContainEqual([
      'audio/rescue ko.mp3',
      'audio',
    ])
  })

  it('stops, naming the item, when a recording is missing', async () => {
    const content = structuredClone(validContent)
    content.phones[0]!.audio = { en: 'audio/police.en.wav' }
    await writeContent(content)
    const { result } = await packWith()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `phones "${content.phones[0]!.id}" audio en: audio/police.en.wav is missing`,
    )
  })
})

describe.skipIf(!espeak)('pack --speech (espeak-ng)', () => {
  beforeAll(() => {
    expect(espeak?.name).toBe('espeak-ng')
  })

  it('carries audio for each item in each language, referenced from the packed content', async () => {
    const content = structuredClone(validContent)
    delete content.services[1]!.name.ko // no Korean name: no Korean speech for it
    await writeContent(content)
    const { result, pub } = await packWith('--speech')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`services "${content.services[1]!.id}" (ko) has no text`)

    const root = join(dir, 'stick', 'KIOSK-UPDATE')
    const manifest = manifestSchema.parse(
      JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8')),
    )
    const contentEntry = manifest.files.find((f) => f.role === 'content')!
    const packed = checkContentText(
      await readFile(join(root, 'files', storedFileName(contentEntry)), 'utf8'),
      'content.json',
    )
    expect(packed.ok).toBe(true)
    const audioFiles = new Map(
      manifest.files.filter((f) => f.role === 'audio').map((f) => [f.name, f]),
    )
    const items = [
      ...packed.content!.services.map((s) => ['services', s] as const),
      ...packed.content!.locations.map((l) => ['locations', l] as const),
      ...packed.content!.phones.map((p) => ['phones', p] as const),
      ...packed.content!.notices.map((n) => ['notices', n] as const),
    ]
    expect(items.length).toBeGreaterThan(3)
    for (const [collection, item] of items) {
      for (const lang of LANGUAGES) {
        const silent =
          collection === 'services' && item.id === content.services[1]!.id && lang === 'ko'
        const file = item.audio?.[lang]
        if (silent) {
          expect(file).toBeUndefined()
          continue
        }
        expect(file, `${collection} ${item.id} ${lang}`).toBe(
          `speech/${collection}/${item.id}.${lang}.wav`,
        )
        const entry = audioFiles.get(file!)
        expect(entry, `${file} is listed in the manifest`).toBeDefined()
        const bytes = await readFile(join(root, 'files', storedFileName(entry!)))
        expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF')
        expect(bytes.length).toBeGreaterThan(1000)
      }
    }
    // The kiosk's own checks accept the package.
    const verified = await cli('verify', 'stick', '--pubkey', pub)
    expect(verified.stdout).toContain('OK: content version 3')
  }, 120_000)
})
