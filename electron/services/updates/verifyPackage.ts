import { join } from 'node:path'
import { describeIdentity, targetsMatch } from '../../../common/fleet/targets'
import { checkContentText } from '../../../common/content/check'
import { summarizeErrors } from '../../../common/content/checks/problems'
import type { Content } from '../../../common/content/schema'
import {
  CONTENT_FORMAT,
  FILES_FOLDER,
  capForRole,
  LIMITS,
  MANIFEST_NAME,
  manifestSchema,
  PACKAGE_FORMAT,
  SIGNATURE_NAME,
  storedFileName,
  type Manifest,
  type ManifestFile,
} from '../../../common/update/manifest'
import { describeProblems, parseJsonText, problemsFromZod } from '../zodProblems'
import {
  listPackage,
  pathExists,
  readCapped,
  refusalForReadError,
  type ReadProgress,
} from './packageReader'
import { readPmtilesHeader } from '../../../common/map/pmtilesHeader'
import { readWalkGraph } from '../../../common/map/walkGraph'
import {
  formatBytes,
  formatSizePair,
  notNewerReason,
  refuse,
  RefusalError,
  type Refusal,
} from './refusal'
import { readPublicKey } from './keys'
import { verifyMinisign, type SignatureKeys } from './signature'

export interface VerifyContext {
  keys: SignatureKeys
  /** The highest content version this kiosk ever installed; a package must be above it. */
  highWaterMark: number
  /** The record of installed versions was lost (markConfirm.ts): refuse until staff confirm. */
  unconfirmed?: string
  /** This kiosk's id, checked against the manifest's `targets` (the kiosk always passes it; `verify` may not). */
  kioskId?: string
  /** Why a version failed its health check here, if it did (never installed again, issue 20). */
  rejectedReason?: (version: number) => string | undefined
  /** This kiosk's groups (settings `groups`): a `group:<name>` target matches any of them. */
  groups?: readonly string[]
  onProgress?: ReadProgress
}

export interface VerifiedFile {
  entry: ManifestFile
  bytes: Uint8Array
}

/** A package that passed every check; its bytes are held in memory so what is applied is what was verified. */
export interface VerifiedPackage {
  manifest: Manifest
  manifestBytes: Uint8Array
  signatureText: string
  signerKeyId: string
  trustedComment: string
  files: VerifiedFile[]
  content: Content
  contentFile: VerifiedFile
}

/** What was learnt about a refused package before it failed (for the log and staff screen). */
export interface RefusedPackage {
  ok: false
  refusal: Refusal
  signerKeyId?: string
  contentVersion?: number
}

export type VerifyResult = { ok: true; package: VerifiedPackage } | RefusedPackage

const capFor = (file: ManifestFile) => capForRole(file.role)

function checkManifest(manifestBytes: Uint8Array, ctx: VerifyContext): Manifest {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes)
  } catch {
    refuse('malformed-manifest', 'manifest.json is not UTF-8 text')
  }
  const json = parseJsonText(text)
  if (!json.ok) refuse('malformed-manifest', `manifest.json is not valid JSON: ${json.reason}`)
  const format =
    typeof json.value === 'object' && json.value !== null && 'format' in json.value
      ? json.value.format
      : undefined
  if (typeof format !== 'string') refuse('wrong-format', 'manifest.json has no package format')
  if (format !== PACKAGE_FORMAT) {
    refuse(
      'wrong-format',
      `the package format ${JSON.stringify(format)} is not one this kiosk reads (${PACKAGE_FORMAT})`,
    )
  }
  const parsed = manifestSchema.safeParse(json.value)
  if (!parsed.success)
    refuse('invalid-manifest', `manifest.json: ${describeProblems(problemsFromZod(parsed.error))}`)
  const manifest = parsed.data
  if (ctx.unconfirmed) refuse('versions-unconfirmed', ctx.unconfirmed)
  if (!manifest.compatible.includes(CONTENT_FORMAT)) {
    refuse(
      'incompatible',
      `made for content format ${manifest.compatible.join(', ')}; this kiosk reads format ${CONTENT_FORMAT}`,
    )
  }
  const rejected = ctx.rejectedReason?.(manifest.contentVersion)
  if (rejected) refuse('not-newer', rejected)
  if (manifest.contentVersion <= ctx.highWaterMark) {
    refuse('not-newer', notNewerReason(manifest.contentVersion, ctx.highWaterMark))
  }
  const who = ctx.kioskId === undefined ? undefined : { kioskId: ctx.kioskId, groups: ctx.groups }
  if (manifest.targets && who && !targetsMatch(manifest.targets, who)) {
    refuse(
      'not-for-this-kiosk',
      `meant for other kiosks (${manifest.targets.join(', ')}), not ${describeIdentity(who)}`,
    )
  }
  return manifest
}

async function readListedFiles(
  root: string,
  listed: Map<string, number>,
  manifest: Manifest,
  ctx: VerifyContext,
) {
  const expected = new Set(manifest.files.map(storedFileName))
  for (const name of listed.keys()) {
    if (!expected.has(name)) refuse('extra-file', `files/${name} is not listed in the manifest`)
  }
  const total = manifest.files.reduce((sum, f) => sum + f.size, 0)
  if (total > LIMITS.totalBytes) {
    refuse(
      'too-large',
      `the package is ${formatBytes(total)}, over the ${formatBytes(LIMITS.totalBytes)} limit`,
    )
  }
  const files: VerifiedFile[] = []
  for (const entry of manifest.files) {
    const stored = storedFileName(entry)
    const size = listed.get(stored)
    if (size === undefined) refuse('missing-file', `"${entry.name}" (files/${stored}) is missing`)
    if (entry.size > capFor(entry)) {
      refuse(
        'too-large',
        `"${entry.name}" is listed as ${formatBytes(entry.size)}, over the ${formatBytes(capFor(entry))} limit for ${entry.role} files`,
      )
    }
    const cap = entry.size
    if (size > cap) {
      const [found, allowed] = formatSizePair(size, cap)
      refuse('too-large', `"${entry.name}" is ${found}, but the manifest allows ${allowed}`)
    }
    let read
    try {
      read = await readCapped(
        join(root, FILES_FOLDER, stored),
        cap,
        `"${entry.name}"`,
        ctx.onProgress,
      )
    } catch (err) {
      return refusalForReadError(root, err, `"${entry.name}"`)
    }
    if (read.sha256 !== entry.sha256 || read.bytes.length !== entry.size) {
      refuse(
        'hash-mismatch',
        `"${entry.name}" does not match its sha256 in the manifest: it was changed or damaged`,
      )
    }
    files.push({ entry, bytes: read.bytes })
  }
  // A stick pulled out during the reads may have served cached pages; do not trust a vanished source.
  if (!(await pathExists(root))) refuse('drive-removed', 'the drive was removed while reading')
  return files
}

/** Full content validation of the package's content file, plus version agreement with the manifest. */
function checkPackageContent(file: VerifiedFile, manifest: Manifest): Content {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes)
  } catch {
    refuse('invalid-content', `"${file.entry.name}" is not UTF-8 text`)
  }
  const checked = checkContentText(text, file.entry.name)
  if (!checked.ok || !checked.content) {
    refuse('invalid-content', `the content has errors: ${summarizeErrors(checked.problems)}`)
  }
  const version = checked.content.dataset.contentVersion
  if (version !== manifest.contentVersion) {
    refuse(
      'invalid-content',
      `the content says version ${version} but the manifest says ${manifest.contentVersion}`,
    )
  }
  return checked.content
}

/**
 * The one file of `role` the package carries, when the content names exactly that file; refuses
 * when they disagree (a file not named, or a named file missing): a kiosk would otherwise serve
 * a file the content never uses, or look for one that is not there.
 */
function namedFile(
  files: VerifiedFile[],
  role: 'basemap' | 'walkgraph',
  named: string | undefined,
  what: string,
): VerifiedFile | undefined {
  const file = files.find((f) => f.entry.role === role)
  if (!file) {
    if (named)
      refuse(
        'invalid-content',
        `the content names the ${what} "${named}" but the package does not carry it`,
      )
    return undefined
  }
  if (named !== file.entry.name)
    refuse(
      'invalid-content',
      `the package carries the ${what} "${file.entry.name}" but the content does not name it`,
    )
  return file
}

/**
 * A street map must be a PMTiles v3 vector archive whose sections lie inside the file (else the
 * kiosk would serve bytes its map library cannot read), named by the content.
 */
function checkBasemap(files: VerifiedFile[], content: Content): void {
  const basemap = namedFile(files, 'basemap', content.basemap?.file, 'street map')
  if (!basemap) return
  const header = readPmtilesHeader(basemap.bytes, basemap.bytes.length)
  if (!header.ok)
    refuse('invalid-content', `the street map "${basemap.entry.name}" ${header.reason}`)
}

/**
 * The walking graph must decode and hold together (common/map/walkGraph.ts), named by the
 * content: the renderer checks it again, but a package whose graph cannot be read is refused
 * here, where the staff see the reason.
 */
function checkWalkGraph(files: VerifiedFile[], content: Content): void {
  const graph = namedFile(files, 'walkgraph', content.basemap?.walkGraph, 'walking graph')
  if (!graph) return
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(graph.bytes)
  } catch {
    refuse('invalid-content', `the walking graph "${graph.entry.name}" is not UTF-8 text`)
  }
  const read = readWalkGraph(text, `the walking graph "${graph.entry.name}"`)
  if (!read.ok) refuse('invalid-content', read.reason)
}

/**
 * Carried public keys (key rotation) must be real minisign keys, neither revoked here nor
 * sharing the id of a different trusted key (which would replace it), and the package must not
 * revoke every key the kiosk would trust afterwards: that would lock the kiosk out of updates.
 */
function checkCarriedKeys(files: VerifiedFile[], manifest: Manifest, keys: SignatureKeys): void {
  const carried: string[] = []
  for (const file of files.filter((f) => f.entry.role === 'key')) {
    const key = readPublicKey(new TextDecoder().decode(file.bytes))
    if (!key.ok)
      refuse('invalid-manifest', `"${file.entry.name}" is not a minisign public key: ${key.error}`)
    const id = key.value.keyIdHex
    if (keys.revoked.has(id)) {
      refuse('revoked-key', `the package carries key ${id}, which this kiosk has revoked`)
    }
    const same = keys.trusted.find((k) => k.keyIdHex === id)
    if (same && Buffer.compare(same.publicKey, key.value.publicKey) !== 0) {
      refuse(
        'invalid-manifest',
        `the package carries a key with the id of another trusted key (${id})`,
      )
    }
    carried.push(id)
  }
  const revoked = new Set(manifest.revokeKeyIds ?? [])
  const remaining = [...keys.trusted.map((k) => k.keyIdHex), ...carried].filter(
    (id) => !revoked.has(id),
  )
  if (revoked.size > 0 && remaining.length === 0) {
    refuse(
      'invalid-manifest',
      'the package revokes every key this kiosk trusts, so it could never be updated again',
    )
  }
}

/**
 * Verifies a `KIOSK-UPDATE` folder in DESIGN.md §3's order and stops at the first failure:
 * lstat walk (regular files only, size caps) → signature by a trusted key over the raw manifest
 * bytes → only then parse: schema, format, compatible, version above the high-water mark,
 * targets → each listed file read with a byte cap and hashed, unlisted files refused → full
 * content validation. Never throws: every failure is a refusal with a plain reason. The same
 * function backs the kiosk and `kiosk-content verify`, so both give the same verdict.
 */
export async function verifyPackage(root: string, ctx: VerifyContext): Promise<VerifyResult> {
  const learnt: { signerKeyId?: string; contentVersion?: number } = {}
  try {
    const listing = await listPackage(root)
    if (listing.signatureSize === undefined)
      refuse('unsigned', 'not signed: manifest.json.minisig is missing')
    let manifestRead, signatureRead
    try {
      manifestRead = await readCapped(
        join(root, MANIFEST_NAME),
        LIMITS.manifestBytes,
        'manifest.json',
      )
      signatureRead = await readCapped(
        join(root, SIGNATURE_NAME),
        LIMITS.signatureBytes,
        'manifest.json.minisig',
      )
    } catch (err) {
      return await refusalForReadError(root, err, 'the manifest')
    }
    const signatureText = new TextDecoder().decode(signatureRead.bytes)
    const signature = verifyMinisign(manifestRead.bytes, signatureText, ctx.keys)
    if (!signature.ok) refuse(signature.code, signature.reason)
    learnt.signerKeyId = signature.signer.keyIdHex
    const manifest = checkManifest(manifestRead.bytes, ctx)
    learnt.contentVersion = manifest.contentVersion
    const files = await readListedFiles(root, listing.files, manifest, ctx)
    const contentFile = files.find((f) => f.entry.role === 'content')
    if (!contentFile) refuse('invalid-manifest', 'the manifest lists no content file')
    const content = checkPackageContent(contentFile, manifest)
    checkBasemap(files, content)
    checkWalkGraph(files, content)
    checkCarriedKeys(files, manifest, ctx.keys)
    return {
      ok: true,
      package: {
        manifest,
        manifestBytes: manifestRead.bytes,
        signatureText,
        signerKeyId: signature.signer.keyIdHex,
        trustedComment: signature.trustedComment,
        files,
        content,
        contentFile,
      },
    }
  } catch (err) {
    if (err instanceof RefusalError) return { ok: false, refusal: err.refusal, ...learnt }
    const message = err instanceof Error ? err.message : String(err)
    return {
      ok: false,
      refusal: { code: 'read-error', reason: `the package could not be read (${message})` },
      ...learnt,
    }
  }
}
