import { chmod, mkdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  generateSigningKey,
  publicKeyFileText,
  secretKeyFileText,
} from '../../electron/services/updates/keys'
import type { Command, CommandIO } from '../command'
import { EXIT_OK, EXIT_USAGE } from '../command'

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string' } } })
  } catch (e) {
    io.err(`kiosk-content keygen: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  if (!parsed.values.out) {
    io.err(`Usage: kiosk-content keygen ${keygenCommand.usage}`)
    return EXIT_USAGE
  }
  const dir = resolve(io.cwd, parsed.values.out)
  await mkdir(dir, { recursive: true })
  const key = generateSigningKey()
  const secretPath = join(dir, `${key.keyIdHex}.key`)
  const publicPath = join(dir, `${key.keyIdHex}.pub`)
  // 'wx': never overwrite a key file; a new key always gets a new random id and file name.
  await writeFile(secretPath, secretKeyFileText(key), { flag: 'wx', mode: 0o600 })
  await chmod(secretPath, 0o600)
  await writeFile(publicPath, publicKeyFileText(key), { flag: 'wx' })
  io.out(`key id:     ${key.keyIdHex}`)
  io.out(
    `secret key: ${secretPath}  (keep it in the signing office; never copy it to a kiosk or a stick)`,
  )
  io.out(`public key: ${publicPath}  (copy to resources/keys/ to pin it in kiosk builds)`)
  io.out(
    `verify with minisign: minisign -Vm KIOSK-UPDATE/manifest.json -P ${publicKeyFileText(key).split('\n')[1]}`,
  )
  return EXIT_OK
}

/**
 * `kiosk-content keygen --out DIR`: a new Ed25519 signing key pair with a random key id —
 * `<id>.key` (secret, mode 600) and `<id>.pub` (minisign public-key format). Never overwrites.
 */
export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'Create a signing key pair: <id>.key (secret, stays in the office) and <id>.pub.',
  usage: '--out <folder>',
  run,
}
