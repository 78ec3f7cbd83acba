import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import {
  configTargetsSchema,
  packagePinSchema,
  settingChanges,
} from '../../common/admin/configPackage'
import { idSchema } from '../../common/content/schema'
import { defaultSettings, settingsSchema } from '../../common/settings/schema'
import type { PinHash } from '../../common/admin/pinRecord'
import { writeConfigPackage } from '../../electron/services/admin/configPackageBuilder'
import { hashPin, PACKAGE_SCRYPT } from '../../electron/services/admin/pinHash'
import { readSecretKey } from '../../electron/services/updates/keys'
import { mergePatch } from '../../electron/services/settingsService'
import {
  describeProblems,
  parseJsonText,
  problemsFromZod,
} from '../../electron/services/zodProblems'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'

const patchSchema = z.record(z.string(), z.unknown())

type Targets = z.infer<typeof configTargetsSchema>

function parseTargets(
  raw: string | undefined,
): { ok: true; targets: Targets } | { ok: false; error: string } {
  const list = (raw ?? 'all')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
  const value = list.length === 1 && list[0] === 'all' ? 'all' : list
  const parsed = configTargetsSchema.safeParse(value)
  if (parsed.success) return { ok: true, targets: parsed.data }
  const problems = describeProblems(problemsFromZod(parsed.error))
  return { ok: false, error: `--targets: ${problems} (give "all" or kiosk ids)` }
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        settings: { type: 'string' },
        key: { type: 'string' },
        out: { type: 'string' },
        targets: { type: 'string' },
        note: { type: 'string' },
        version: { type: 'string' },
        'pin-file': { type: 'string' },
        'pins-file': { type: 'string' },
      },
    })
  } catch (e) {
    io.err(`kiosk-content pack-config: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const { settings, key, out, note } = parsed.values
  if (!settings || !key || !out) {
    io.err(`Usage: kiosk-content pack-config ${packConfigCommand.usage}`)
    return EXIT_USAGE
  }
  const parsedTargets = parseTargets(parsed.values.targets)
  if (!parsedTargets.ok) {
    io.err(`kiosk-content pack-config: ${parsedTargets.error}`)
    return EXIT_USAGE
  }
  const { targets } = parsedTargets
  // Kiosks apply only a version above the last one they applied; by default the time in seconds
  // rises on its own, so an office that does not count versions still makes newer ones.
  const version = parsed.values.version ?? String(Math.floor(Date.now() / 1000))
  if (!/^\d{1,15}$/.test(version) || Number(version) < 1) {
    io.err(`kiosk-content pack-config: --version must be a whole number above 0, not "${version}"`)
    return EXIT_USAGE
  }
  const secret = readSecretKey(await readFile(resolve(io.cwd, key), 'utf8'))
  if (!secret.ok) {
    io.err(`kiosk-content pack-config: ${key}: ${secret.error}`)
    return EXIT_FAILED
  }
  const json = parseJsonText(await readFile(resolve(io.cwd, settings), 'utf8'))
  if (!json.ok) {
    io.err(`${settings}: ${json.reason}`)
    return EXIT_FAILED
  }
  const patch = patchSchema.safeParse(json.value)
  if (!patch.success) {
    io.err(`${settings}: the settings must be a JSON object of setting names and values`)
    return EXIT_FAILED
  }
  // Checked against a fresh kiosk's settings: unknown fields and out-of-range values stop here,
  // not at every kiosk. Each kiosk checks again against its own settings before applying.
  const base = defaultSettings()
  const preview = settingsSchema.safeParse(mergePatch(base, patch.data))
  if (!preview.success) {
    for (const p of problemsFromZod(preview.error))
      io.out(`${settings}: error ${p.path}: ${p.message}`)
    io.err('kiosk-content pack-config: the settings have errors; nothing was packed')
    return EXIT_FAILED
  }
  const pins = await readPins(io, parsed.values['pin-file'], parsed.values['pins-file'], targets)
  if (!pins.ok) {
    io.err(`${pins.error}; nothing was packed`)
    return EXIT_FAILED
  }
  const { adminPin, adminPins } = pins
  const built = await writeConfigPackage(resolve(io.cwd, out), {
    targets,
    settings: patch.data,
    key: secret.value,
    version: Number(version),
    ...(note ? { note } : {}),
    ...(adminPin ? { adminPin } : {}),
    ...(adminPins ? { adminPins } : {}),
  })
  const changed = settingChanges(base, preview.data).map((c) => c.path)
  io.out(`packed kiosk settings (config package version ${version}) into ${built.root}`)
  io.out(
    `for ${targets === 'all' ? 'all kiosks' : `kiosks ${targets.join(', ')}`}; signed by key ${secret.value.keyIdHex}`,
  )
  io.out(`changes on a fresh kiosk: ${changed.length > 0 ? changed.join(', ') : 'none'}`)
  if (adminPin || adminPins) {
    const perKiosk = adminPins ? ` (own PIN for ${Object.keys(adminPins).join(', ')})` : ''
    io.out(
      `sets the admin PIN${perKiosk} (stored as a scrypt hash; the digits are not in the package)`,
    )
    io.out('keep this stick like a key: its PIN hashes can be guessed offline by whoever copies it')
  }
  return EXIT_OK
}

const pinsFileSchema = z.record(idSchema, z.string())

type Pins =
  | { ok: true; adminPin?: PinHash; adminPins?: Record<string, PinHash> }
  | { ok: false; error: string }

/**
 * The PINs a package carries, each checked (10–12 digits) and hashed at the package cost:
 * `--pin-file` for every kiosk, `--pins-file` (JSON `{ "<kiosk id>": "<PIN>" }`) per kiosk.
 */
async function readPins(
  io: CommandIO,
  pinFile: string | undefined,
  pinsFile: string | undefined,
  targets: Targets,
): Promise<Pins> {
  const out: Pins = { ok: true }
  if (pinFile) {
    const pin = packagePinSchema.safeParse(
      (await readFile(resolve(io.cwd, pinFile), 'utf8')).trim(),
    )
    if (!pin.success) return { ok: false, error: `${pinFile}: ${pin.error.issues[0]?.message}` }
    out.adminPin = await hashPin(pin.data, PACKAGE_SCRYPT)
  }
  if (pinsFile) {
    const json = parseJsonText(await readFile(resolve(io.cwd, pinsFile), 'utf8'))
    if (!json.ok) return { ok: false, error: `${pinsFile}: ${json.reason}` }
    const map = pinsFileSchema.safeParse(json.value)
    if (!map.success) {
      return { ok: false, error: `${pinsFile}: give an object of kiosk ids and their PINs` }
    }
    const entries = Object.entries(map.data)
    if (entries.length === 0) return { ok: false, error: `${pinsFile}: no kiosk PINs in it` }
    out.adminPins = {}
    for (const [kioskId, raw] of entries) {
      if (targets !== 'all' && !targets.includes(kioskId)) {
        return { ok: false, error: `${pinsFile}: kiosk ${kioskId} is not in --targets` }
      }
      const pin = packagePinSchema.safeParse(raw.trim())
      if (!pin.success) {
        return { ok: false, error: `${pinsFile}: ${kioskId}: ${pin.error.issues[0]?.message}` }
      }
      out.adminPins[kioskId] = await hashPin(pin.data, PACKAGE_SCRYPT)
    }
  }
  return out
}

/**
 * `kiosk-content pack-config`: checks a settings file (a JSON Merge Patch over a kiosk's settings)
 * and writes a signed `KIOSK-CONFIG/` package for one kiosk id, a list, or all kiosks; with
 * `--pin-file` (every kiosk) or `--pins-file` (per kiosk id) it also carries admin PINs as scrypt
 * hashes at the provisioning cost (N = 2^17) for fresh or locked kiosks.
 */
export const packConfigCommand: Command = {
  name: 'pack-config',
  summary: 'Check kiosk settings and write a signed KIOSK-CONFIG package for a fleet.',
  usage:
    '--settings <file.json> --key <secret.key> --out <folder> [--targets all|id,...] [--pin-file <file>] [--pins-file <pins.json>] [--version <n>] [--note <text>]',
  run,
}
