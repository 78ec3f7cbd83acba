import { lstat, readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { AudioRefs, Content, Language } from '../../common/content/schema'
import {
  itemScript,
  SPOKEN_COLLECTIONS,
  type SpokenCollection,
} from '../../common/speech/itemScript'
import type { PackageInput } from '../../electron/services/updates/packageBuilder'
import type { SpeechSynthesizer } from '../speech/espeak'

type SpokenItem = { id: string; audio?: AudioRefs | undefined }

const itemsOf = (content: Content, collection: SpokenCollection): SpokenItem[] =>
  content[collection]

/**
 * Audio files the content itself refers to (recordings an author made), read from next to the
 * content file; a missing one stops packing with the item and language named.
 */
export async function authoredAudio(
  content: Content,
  contentPath: string,
): Promise<PackageInput[]> {
  const files: PackageInput[] = []
  for (const collection of SPOKEN_COLLECTIONS) {
    for (const item of itemsOf(content, collection)) {
      for (const [lang, file] of Object.entries(item.audio ?? {})) {
        if (files.some((f) => f.name === file)) continue
        const path = resolve(dirname(contentPath), file)
        const info = await lstat(path).catch(() => undefined)
        if (!info?.isFile()) {
          throw new Error(
            `${collection} "${item.id}" audio ${lang}: ${file} is missing or not a regular file`,
          )
        }
        files.push({ name: file, role: 'audio', bytes: new Uint8Array(await readFile(path)) })
      }
    }
  }
  return files
}

export type GeneratedSpeech = {
  /** The content with `audio` set for every item and language that now has speech. */
  content: Content
  files: PackageInput[]
  /** Item/language pairs left silent because the item has no text in that language. */
  untranslated: string[]
}

/**
 * Generates speech for every service, place, hotline and notice in every language the dataset
 * offers, with a local engine, and points each item's `audio` at its file
 * (`speech/<collection>/<id>.<lang>.wav`). A recording the author already gave is kept. An item
 * whose name is not translated into a language gets no speech in it (never the wrong language).
 */
export async function generateSpeech(
  content: Content,
  engine: SpeechSynthesizer,
): Promise<GeneratedSpeech> {
  const result = structuredClone(content)
  const files: PackageInput[] = []
  const untranslated: string[] = []
  for (const collection of SPOKEN_COLLECTIONS) {
    for (const item of itemsOf(result, collection)) {
      for (const lang of result.dataset.languages) {
        if (item.audio?.[lang] !== undefined) continue
        const script = itemScript(result, collection, item.id, lang)
        if (script === undefined) {
          untranslated.push(`${collection} "${item.id}" (${lang})`)
          continue
        }
        const name = `speech/${collection}/${item.id}.${lang}.${engine.extension}`
        files.push({ name, role: 'audio', bytes: await engine.synthesize(script, lang) })
        item.audio = { ...item.audio, [lang]: name } satisfies Partial<Record<Language, string>>
      }
    }
  }
  return { content: result, files, untranslated }
}
