import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CONFIG_FOLDER,
  CONFIG_FORMAT,
  CONFIG_NAME,
  CONFIG_SIGNATURE_NAME,
  configManifestSchema,
  type ConfigManifest,
  type ConfigTargets,
} from '../../../common/admin/configPackage'
import type { PinHash } from '../../../common/admin/pinRecord'
import type { SecretSigningKey } from '../updates/keys'
import { signMinisign } from '../updates/signature'

export interface ConfigPackageInput {
  targets: ConfigTargets
  settings: Record<string, unknown>
  key: SecretSigningKey
  createdAt?: Date
  /** The package's version (kiosks apply only newer ones); default: rises with each package. */
  version?: number
  note?: string
  /** A PIN hash to set (provisioning); never the digits. */
  adminPin?: PinHash
  /** Per-kiosk PIN hashes by kiosk id. */
  adminPins?: Record<string, PinHash>
}

let lastDefault = 0
/**
 * The time in milliseconds, but above the last default handed out: two packages made in the same
 * millisecond (tests, scripts) still get rising versions.
 */
function nextDefaultVersion(): number {
  lastDefault = Math.max(Date.now(), lastDefault + 1)
  return lastDefault
}

/**
 * Writes `<outDir>/KIOSK-CONFIG/config.json` and its minisign signature. The manifest is checked
 * with the same schema the kiosk uses, so the signing office cannot produce a package that every
 * kiosk would refuse for its shape. Returns the package folder.
 */
export async function writeConfigPackage(
  outDir: string,
  input: ConfigPackageInput,
): Promise<{ root: string; manifest: ConfigManifest }> {
  const manifest = configManifestSchema.parse({
    format: CONFIG_FORMAT,
    version: input.version ?? nextDefaultVersion(),
    createdAt: (input.createdAt ?? new Date()).toISOString(),
    targets: input.targets,
    settings: input.settings,
    ...(input.note ? { note: input.note } : {}),
    ...(input.adminPin ? { adminPin: input.adminPin } : {}),
    ...(input.adminPins ? { adminPins: input.adminPins } : {}),
  })
  const root = join(outDir, CONFIG_FOLDER)
  await mkdir(root, { recursive: true })
  const bytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`)
  const timestamp = Math.floor(Date.parse(manifest.createdAt) / 1000)
  const trusted = `timestamp:${timestamp}\tfile:${CONFIG_NAME}\tformat:${CONFIG_FORMAT}`
  await writeFile(join(root, CONFIG_NAME), bytes)
  await writeFile(join(root, CONFIG_SIGNATURE_NAME), signMinisign(bytes, input.key, trusted))
  return { root, manifest }
}
