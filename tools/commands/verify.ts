import { readFile } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { PACKAGE_FOLDER } from '../../common/update/manifest'
import { readPublicKey } from '../../electron/services/updates/keys'
import { pathExists } from '../../electron/services/updates/packageReader'
import { verifyPackage } from '../../electron/services/updates/verifyPackage'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'

/** Accepts the KIOSK-UPDATE folder itself or the folder (stick) that holds it. */
async function packageRoot(dir: string): Promise<string> {
  if (basename(dir) === PACKAGE_FOLDER) return dir
  const inner = join(dir, PACKAGE_FOLDER)
  return (await pathExists(inner)) ? inner : dir
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        pubkey: { type: 'string', multiple: true },
        'kiosk-id': { type: 'string' },
        'installed-version': { type: 'string' },
      },
    })
  } catch (e) {
    io.err(`kiosk-content verify: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const [dir] = parsed.positionals
  const installed = Number(parsed.values['installed-version'] ?? 0)
  if (
    !dir ||
    !parsed.values.pubkey?.length ||
    !Number.isInteger(installed) ||
    parsed.positionals.length > 1
  ) {
    io.err(`Usage: kiosk-content verify ${verifyCommand.usage}`)
    return EXIT_USAGE
  }
  const trusted = []
  for (const file of parsed.values.pubkey) {
    const key = readPublicKey(await readFile(resolve(io.cwd, file), 'utf8'))
    if (!key.ok) {
      io.err(`kiosk-content verify: ${file}: ${key.error}`)
      return EXIT_USAGE
    }
    trusted.push(key.value)
  }
  const kioskId = parsed.values['kiosk-id']
  const result = await verifyPackage(await packageRoot(resolve(io.cwd, dir)), {
    keys: { trusted, revoked: new Set() },
    highWaterMark: installed,
    ...(kioskId ? { kioskId } : {}),
  })
  if (!result.ok) {
    io.out(`REFUSED: ${result.refusal.reason}`)
    return EXIT_FAILED
  }
  const { manifest, signerKeyId, files } = result.package
  io.out(
    `OK: content version ${manifest.contentVersion}, signed by key ${signerKeyId}, created ${manifest.createdAt}`,
  )
  io.out(
    `${files.length} files${manifest.targets ? `; only for kiosks ${manifest.targets.join(', ')}` : '; for every kiosk'}`,
  )
  return EXIT_OK
}

/**
 * `kiosk-content verify <dir> --pubkey <file>`: runs exactly the kiosk's verification (the same
 * function) and prints the verdict and the reason; exit 1 when a kiosk would refuse it.
 */
export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Verify a KIOSK-UPDATE package exactly as a kiosk would; exit 1 if it would be refused.',
  usage: '<folder> --pubkey <key.pub> [--kiosk-id <id>] [--installed-version <n>]',
  run,
}
