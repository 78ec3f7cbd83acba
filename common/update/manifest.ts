import { z } from 'zod'
import { targetSchema } from '../fleet/targets'

/** The package layout this kiosk reads (`format` in the manifest). */
export const PACKAGE_FORMAT = 'relief-kiosk-update/1'
/** The content format this kiosk understands; a package lists the ones it works with. */
export const CONTENT_FORMAT = 1
export const PACKAGE_FOLDER = 'KIOSK-UPDATE'
export const MANIFEST_NAME = 'manifest.json'
export const SIGNATURE_NAME = 'manifest.json.minisig'
export const FILES_FOLDER = 'files'
export const RESULTS_FOLDER = 'results'

/** Size caps, checked with lstat before anything is read and again while streaming. */
export const LIMITS = {
  manifestBytes: 256 * 1024,
  signatureBytes: 16 * 1024,
  contentBytes: 32 * 1024 * 1024,
  mediaBytes: 16 * 1024 * 1024,
  /** A city's street map (PMTiles): a large city's urban districts to zoom 15 are ~50–90 MB. */
  basemapBytes: 160 * 1024 * 1024,
  /** The walking graph derived from it (JSON): a whole city's streets are a few megabytes. */
  walkGraphBytes: 16 * 1024 * 1024,
  keyBytes: 4 * 1024,
  totalBytes: 256 * 1024 * 1024,
  files: 500,
} as const

/**
 * Extensions a package may carry, by role; nothing executable. SVG maps are allowed: the
 * renderer shows them with <img>, where SVG script never runs, under CSP `default-src 'self'`.
 */
export const EXTENSIONS_BY_ROLE = {
  content: ['json'],
  image: ['png', 'jpg', 'jpeg', 'webp', 'svg'],
  audio: ['mp3', 'ogg', 'opus', 'wav', 'm4a'],
  key: ['pub'],
  basemap: ['pmtiles'],
  walkgraph: ['json'],
} as const

export const fileRoleSchema = z.enum(['content', 'image', 'audio', 'key', 'basemap', 'walkgraph'])
export type FileRole = z.infer<typeof fileRoleSchema>

/**
 * A relative path made of plain segments: no "." or ".." segment, no leading "/", no
 * backslashes, colons or control characters. The name is only a label (content refers to files
 * by it); the bytes are stored under their hash, so no name can reach outside `files/`.
 */
const plainSegment = (s: string) =>
  s !== '' &&
  s !== '.' &&
  s !== '..' &&
  !/[\\:*?"<>|]/.test(s) &&
  [...s].every((ch) => ch.charCodeAt(0) >= 0x20)

const relativeNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(
    (name) => name.split('/').every(plainSegment),
    'a file name is a relative path without "..", "\\", ":" or control characters',
  )

/** minisign key id as printed by minisign: 16 upper-case hex digits. */
export const keyIdHexSchema = z.string().regex(/^[0-9A-F]{16}$/, 'a key id is 16 hex digits')

export const manifestFileSchema = z
  .object({
    name: relativeNameSchema,
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 is 64 lower-case hex digits'),
    size: z.number().int().nonnegative(),
    role: fileRoleSchema,
  })
  .strict()
  .superRefine((file, ctx) => {
    const allowed: readonly string[] = EXTENSIONS_BY_ROLE[file.role]
    if (!allowed.includes(fileExtension(file.name))) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `a ${file.role} file must end in .${allowed.join(', .')}`,
      })
    }
  })
export type ManifestFile = z.infer<typeof manifestFileSchema>

export const manifestSchema = z
  .object({
    format: z.string(),
    /** Content formats the package works with; the kiosk needs CONTENT_FORMAT among them. */
    compatible: z.array(z.number().int().positive()).min(1),
    contentVersion: z.number().int().min(1),
    createdAt: z.iso.datetime({ offset: true }),
    files: z.array(manifestFileSchema).min(1).max(LIMITS.files),
    /** Kiosk ids and `group:<name>` entries this package is meant for; absent = every kiosk. */
    targets: z.array(targetSchema).min(1).optional(),
    /** Key ids to stop trusting from now on (a lost or retired signing key). */
    revokeKeyIds: z.array(keyIdHexSchema).optional(),
    note: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((manifest, ctx) => {
    for (const role of ['basemap', 'walkgraph'] as const) {
      if (manifest.files.filter((f) => f.role === role).length > 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['files'],
          message: `at most one file has role "${role}"`,
        })
      }
    }
    const contentFiles = manifest.files.filter((f) => f.role === 'content')
    if (contentFiles.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['files'],
        message: 'exactly one file has role "content"',
      })
    }
    const names = new Set<string>()
    manifest.files.forEach((file, i) => {
      if (names.has(file.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['files', i, 'name'],
          message: `"${file.name}" is listed twice`,
        })
      }
      names.add(file.name)
    })
  })
export type Manifest = z.infer<typeof manifestSchema>

/** The most bytes a listed file of this role may have. */
export function capForRole(role: FileRole): number {
  if (role === 'content') return LIMITS.contentBytes
  if (role === 'key') return LIMITS.keyBytes
  if (role === 'basemap') return LIMITS.basemapBytes
  if (role === 'walkgraph') return LIMITS.walkGraphBytes
  return LIMITS.mediaBytes
}

/** Lower-case extension of a file name, without the dot ('' when there is none). */
export function fileExtension(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1)
  const dot = base.lastIndexOf('.')
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase()
}

/** Where a listed file lives inside `files/`: named by its hash, so a name cannot escape the folder. */
export function storedFileName(file: Pick<ManifestFile, 'name' | 'sha256'>): string {
  return `${file.sha256}.${fileExtension(file.name)}`
}
