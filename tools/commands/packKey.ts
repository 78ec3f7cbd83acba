import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeKeyPackage } from '../../electron/services/admin/trustedKeyAdmin'
import { readPublicKey, readSecretKey } from '../../electron/services/updates/keys'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'

async function readText(io: CommandIO, file: string): Promise<string | undefined> {
  return readFile(resolve(io.cwd, file), 'utf8').catch(() => undefined)
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        pub: { type: 'string' },
        key: { type: 'string' },
        out: { type: 'string' },
        version: { type: 'string' },
      },
    })
  } catch (e) {
    io.err(`kiosk-content pack-key: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const { pub, key, out } = parsed.values
  if (!pub || !key || !out) {
    io.err(`Usage: kiosk-content pack-key ${packKeyCommand.usage}`)
    return EXIT_USAGE
  }
  // Kiosks refuse a key package at or below the last one they took; the time in seconds rises
  // on its own, so an office that does not count versions still gets newer ones.
  const version = parsed.values.version ?? String(Math.floor(Date.now() / 1000))
  if (!/^\d{1,15}$/.test(version) || Number(version) < 1) {
    io.err(`kiosk-content pack-key: --version must be a whole number above 0, not "${version}"`)
    return EXIT_USAGE
  }
  const carried = readPublicKey((await readText(io, pub)) ?? '')
  if (!carried.ok) {
    io.err(`kiosk-content pack-key: ${pub}: ${carried.error}`)
    return EXIT_FAILED
  }
  const signer = readSecretKey((await readText(io, key)) ?? '')
  if (!signer.ok) {
    io.err(`kiosk-content pack-key: ${key}: ${signer.error}`)
    return EXIT_FAILED
  }
  if (carried.value.keyIdHex === signer.value.keyIdHex) {
    io.err('kiosk-content pack-key: the new key must differ from the signing key')
    return EXIT_FAILED
  }
  const folder = await writeKeyPackage(
    resolve(io.cwd, out),
    carried.value,
    signer.value,
    Number(version),
  )
  io.out(`packed key ${carried.value.keyIdHex} (key package version ${version}) into ${folder}`)
  io.out(`signed by key ${signer.value.keyIdHex}; kiosks trusting it can add the new key`)
  return EXIT_OK
}

/**
 * `kiosk-content pack-key`: writes a `KIOSK-KEY/` rotation package carrying a new public key,
 * signed by a key the kiosks already trust, for staff to add in admin mode (Maintenance).
 */
export const packKeyCommand: Command = {
  name: 'pack-key',
  summary: 'Write a signed KIOSK-KEY package that lets kiosks trust a new signing key.',
  usage: '--pub <new.pub> --key <trusted secret.key> --out <folder> [--version <n>]',
  run,
}
