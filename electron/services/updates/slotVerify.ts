import { join } from 'node:path'
import { checkContentText } from '../../../common/content/check'
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

/** An installed slot that still matches its own manifest and holds valid content. */
export interface CheckedSlot {
  slot: string
  dir: string
  manifest: Manifest
  content: Content
  contentBytes: Uint8Array
  contentFile: string
  signerKeyId: string
  /** Absolute paths of the slot's files by their package name (maps, audio). */
  files: Record<string, string>
}

export type SlotCheck = { ok: true; slot: CheckedSlot } | { ok: false; reason: string }

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes)

/**
 * Re-verifies an installed slot at start-up: its recorded manifest parses, every listed file is
 * present with its recorded sha256 (so a truncated, emptied or NUL-filled file is caught), and the
 * content passes full validation. Never throws: a bad slot yields the reason.
 */
export async function checkSlot(dataDir: string, slot: string): Promise<SlotCheck> {
  const dir = slotDir(dataDir, slot)
  try {
    const manifestRead = await readCapped(
      join(dir, MANIFEST_NAME),
      LIMITS.manifestBytes,
      'manifest.json',
    )
    const json = parseJsonText(decode(manifestRead.bytes))
    if (!json.ok) return { ok: false, reason: `slot ${slot}: manifest.json: ${json.reason}` }
    const parsed = manifestSchema.safeParse(json.value)
    if (!parsed.success) {
      return {
        ok: false,
        reason: `slot ${slot}: manifest.json: ${describeProblems(problemsFromZod(parsed.error))}`,
      }
    }
    const manifest = parsed.data
    const sigRead = await readCapped(
      join(dir, SIGNATURE_NAME),
      LIMITS.signatureBytes,
      'manifest.json.minisig',
    )
    const signature = parseSignature(decode(sigRead.bytes))
    if (!signature.ok)
      return { ok: false, reason: `slot ${slot}: signature file: ${signature.error}` }
    const files: Record<string, string> = {}
    let content: { bytes: Uint8Array; name: string } | undefined
    for (const entry of manifest.files) {
      const path = join(dir, FILES_FOLDER, storedFileName(entry))
      const read = await readCapped(path, entry.size, entry.name)
      if (read.sha256 !== entry.sha256 || read.bytes.length !== entry.size) {
        return {
          ok: false,
          reason: `slot ${slot}: "${entry.name}" does not match its recorded sha256`,
        }
      }
      files[entry.name] = path
      if (entry.role === 'content') content = { bytes: read.bytes, name: entry.name }
    }
    if (!content) return { ok: false, reason: `slot ${slot}: no content file` }
    const checked = checkContentText(decode(content.bytes), content.name)
    if (!checked.ok || !checked.content) {
      const first = checked.problems.find((p) => p.severity === 'error')
      return {
        ok: false,
        reason: `slot ${slot}: invalid content (${first ? `${first.path}: ${first.message}` : 'unknown'})`,
      }
    }
    return {
      ok: true,
      slot: {
        slot,
        dir,
        manifest,
        content: checked.content,
        contentBytes: content.bytes,
        contentFile: files[content.name]!,
        signerKeyId: signature.value.keyIdHex,
        files,
      },
    }
  } catch (err) {
    return {
      ok: false,
      reason: `slot ${slot}: ${err instanceof Error ? err.message : String(err)}`,
    }
  }
}
