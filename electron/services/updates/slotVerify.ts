import { join } from 'node:path'
import { checkContentText } from '../../../common/content/check'
import { summarizeErrors } from '../../../common/content/checks/problems'
import type { Content } from '../../../common/content/schema'
import {
  FILES_FOLDER,
  LIMITS,
  MANIFEST_NAME,
  manifestSchema,
  SIGNATURE_NAME,
  storedFileName,
  type Manifest,
} from '../../../common/update/manifest'
import { parseSignature } from '../../../common/update/minisign'
import { describeProblems, parseJsonText, problemsFromZod } from '../zodProblems'
import { readCapped } from './packageReader'
import { slotDir } from './slotLayout'

/**
 * An installed slot that matches its own manifest and holds valid content: the one typed value
 * the content service serves and the content-file server answers from (no re-parse, no re-hash).
 */
export interface CheckedSlot {
  slot: string
  dir: string
  manifest: Manifest
  content: Content
  /** The content file's sha256 as the verified manifest records it (tells datasets apart). */
  contentSha256: string
  contentFile: string
  signerKeyId: string
  /** Absolute paths of the slot's files by their package name (maps, audio). */
  files: Record<string, string>
}

export type SlotCheck = { ok: true; slot: CheckedSlot } | { ok: false; reason: string }

/** A slot whose files match its manifest; its content is not yet validated. */
type WholeSlot = Omit<CheckedSlot, 'content'> & { contentText: string; contentName: string }

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

async function readManifest(dir: string): Promise<Manifest | string> {
  const read = await readCapped(join(dir, MANIFEST_NAME), LIMITS.manifestBytes, 'manifest.json')
  const json = parseJsonText(decode(read.bytes))
  if (!json.ok) return `manifest.json: ${json.reason}`
  const parsed = manifestSchema.safeParse(json.value)
  if (!parsed.success) return `manifest.json: ${describeProblems(problemsFromZod(parsed.error))}`
  return parsed.data
}

async function wholeSlot(dataDir: string, slot: string): Promise<WholeSlot | string> {
  const dir = slotDir(dataDir, slot)
  const manifest = await readManifest(dir)
  if (typeof manifest === 'string') return manifest
  const sig = await readCapped(join(dir, SIGNATURE_NAME), LIMITS.signatureBytes, SIGNATURE_NAME)
  const signature = parseSignature(decode(sig.bytes))
  if (!signature.ok) return `signature file: ${signature.error}`
  const files: Record<string, string> = {}
  let content: { text: string; name: string; sha256: string } | undefined
  for (const entry of manifest.files) {
    const path = join(dir, FILES_FOLDER, storedFileName(entry))
    const read = await readCapped(path, entry.size, entry.name)
    if (read.sha256 !== entry.sha256 || read.bytes.length !== entry.size) {
      return `"${entry.name}" does not match its recorded sha256`
    }
    files[entry.name] = path
    if (entry.role === 'content') {
      content = { text: decode(read.bytes), name: entry.name, sha256: entry.sha256 }
    }
  }
  if (!content) return 'no content file'
  return {
    slot,
    dir,
    manifest,
    contentText: content.text,
    contentName: content.name,
    contentSha256: content.sha256,
    contentFile: files[content.name]!,
    signerKeyId: signature.value.keyIdHex,
    files,
  }
}

const failure = (slot: string, err: unknown): SlotCheck => ({
  ok: false,
  reason: `slot ${slot}: ${err instanceof Error ? err.message : String(err)}`,
})

/**
 * Whether an installed slot is still whole: manifest, signature file and every listed file with
 * its recorded sha256. For a slot whose content was validated when it was installed and only
 * needs to be intact (the previous slot kept at install). Never throws.
 */
export async function isSlotWhole(
  dataDir: string,
  slot: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  try {
    const whole = await wholeSlot(dataDir, slot)
    return typeof whole === 'string'
      ? { ok: false, reason: `slot ${slot}: ${whole}` }
      : { ok: true }
  } catch (err) {
    return failure(slot, err)
  }
}

/**
 * Re-verifies an installed slot at start-up: its recorded manifest parses, every listed file is
 * present with its recorded sha256 (so a truncated, emptied or NUL-filled file is caught), and the
 * content passes full validation. Never throws: a bad slot yields the reason.
 */
export async function checkSlot(dataDir: string, slot: string): Promise<SlotCheck> {
  try {
    const whole = await wholeSlot(dataDir, slot)
    if (typeof whole === 'string') return { ok: false, reason: `slot ${slot}: ${whole}` }
    const { contentText, contentName, ...rest } = whole
    const checked = checkContentText(contentText, contentName)
    if (!checked.ok || !checked.content) {
      const first = summarizeErrors(checked.problems, 1) || 'unknown'
      return { ok: false, reason: `slot ${slot}: invalid content (${first})` }
    }
    return { ok: true, slot: { ...rest, content: checked.content } }
  } catch (err) {
    return failure(slot, err)
  }
}
