import { createHash } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CONTENT_FORMAT,
  FILES_FOLDER,
  MANIFEST_NAME,
  manifestSchema,
  PACKAGE_FOLDER,
  PACKAGE_FORMAT,
  SIGNATURE_NAME,
  storedFileName,
  type FileRole,
  type Manifest,
} from '../../../common/update/manifest'
import { describeProblems, problemsFromZod } from '../zodProblems'
import type { SecretSigningKey } from './keys'
import { signMinisign } from './signature'
import { chinaIso } from '../../../common/domain/chinaTime'

export interface PackageInput {
  name: string
  role: FileRole
  bytes: Uint8Array
}

export interface BuildOptions {
  files: PackageInput[]
  key: SecretSigningKey
  contentVersion: number
  createdAt?: Date
  targets?: string[]
  revokeKeyIds?: string[]
  note?: string
}

export interface BuiltPackage {
  /** The `KIOSK-UPDATE` folder. */
  root: string
  manifest: Manifest
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/**
 * Writes a signed package to `<outDir>/KIOSK-UPDATE/`: each file stored as
 * `files/<sha256>.<ext>`, the manifest listing name, hash, size and role, and a legacy-format
 * minisign signature over the exact manifest bytes written. Any older package there is replaced.
 */
export async function writePackage(outDir: string, options: BuildOptions): Promise<BuiltPackage> {
  const draft = {
    format: PACKAGE_FORMAT,
    compatible: [CONTENT_FORMAT],
    contentVersion: options.contentVersion,
    createdAt: chinaIso(options.createdAt ?? new Date()),
    files: options.files.map((f) => ({
      name: f.name,
      sha256: sha256(f.bytes),
      size: f.bytes.length,
      role: f.role,
    })),
    ...(options.targets?.length ? { targets: options.targets } : {}),
    ...(options.revokeKeyIds?.length ? { revokeKeyIds: options.revokeKeyIds } : {}),
    ...(options.note ? { note: options.note } : {}),
  }
  const parsed = manifestSchema.safeParse(draft)
  if (!parsed.success) {
    throw new Error(`cannot build the manifest: ${describeProblems(problemsFromZod(parsed.error))}`)
  }
  const manifest = parsed.data
  const root = join(outDir, PACKAGE_FOLDER)
  await rm(root, { recursive: true, force: true })
  await mkdir(join(root, FILES_FOLDER), { recursive: true })
  for (const [i, file] of options.files.entries()) {
    await writeFile(join(root, FILES_FOLDER, storedFileName(manifest.files[i]!)), file.bytes)
  }
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`)
  const timestamp = Math.floor((options.createdAt ?? new Date()).getTime() / 1000)
  const trusted = `timestamp:${timestamp}\tfile:${MANIFEST_NAME}\tcontentVersion:${manifest.contentVersion}`
  await writeFile(join(root, MANIFEST_NAME), manifestBytes)
  await writeFile(join(root, SIGNATURE_NAME), signMinisign(manifestBytes, options.key, trusted))
  return { root, manifest }
}

/** Re-signs whatever manifest bytes are given (tests use it to sign deliberately bad manifests). */
export async function writeSignedManifest(
  root: string,
  manifestBytes: Uint8Array,
  key: SecretSigningKey,
): Promise<void> {
  await writeFile(join(root, MANIFEST_NAME), manifestBytes)
  await writeFile(join(root, SIGNATURE_NAME), signMinisign(manifestBytes, key, 'test'))
}
