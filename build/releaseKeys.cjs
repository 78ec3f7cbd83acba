// Which update-signing keys a release trusts. A kiosk verifies every content package against the
// public keys in its resources/keys/ folder (plus keys an administrator adds later), so a release
// that ships none would trust no one until a technician copied a key onto each kiosk by hand.
// The office names its public key(s) for a build with KIOSK_RELEASE_KEYS; the afterPack hook
// copies them into the packed app and refuses to finish a build that would trust no key.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook module
const fs = require('node:fs')
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS hook module
const path = require('node:path')

/** Environment variable naming the office's `.pub` file(s), separated like PATH entries. */
const RELEASE_KEYS_ENV = 'KIOSK_RELEASE_KEYS'

/**
 * Whether `text` is a minisign public key file: an untrusted comment line, then base64 of
 * "Ed" + an 8-byte key id + a 32-byte Ed25519 key (the format `kiosk-content keygen` writes).
 */
function isMinisignPublicKey(text) {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '')
  if (lines.length !== 2 || !lines[0].startsWith('untrusted comment:')) return false
  const encoded = lines[1].trim()
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return false
  const bytes = Buffer.from(encoded, 'base64')
  return bytes.length === 42 && bytes[0] === 0x45 && bytes[1] === 0x64
}

/** The packed app's `resources/keys` folder (next to app.asar) for the context's platform. */
function packedKeysDir(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const resources =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? path.join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources')
      : path.join(appOutDir, 'resources')
  return path.join(resources, 'resources', 'keys')
}

/**
 * Copies the keys named in KIOSK_RELEASE_KEYS into the packed app, then checks that the packed
 * app trusts at least one key. Throws (stopping the build) on a named file that is missing or is
 * not a public key, and when no key would ship. Returns the `.pub` files that ship.
 */
function shipReleaseKeys(context, env = process.env) {
  const dir = packedKeysDir(context)
  const named = (env[RELEASE_KEYS_ENV] ?? '').split(path.delimiter).filter((p) => p.trim() !== '')
  for (const file of named) {
    if (!file.endsWith('.pub')) throw new Error(`${RELEASE_KEYS_ENV}: ${file} is not a .pub file`)
    let text
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (err) {
      throw new Error(`${RELEASE_KEYS_ENV}: cannot read ${file} (${err.code ?? err.message})`, {
        cause: err,
      })
    }
    if (!isMinisignPublicKey(text)) {
      throw new Error(`${RELEASE_KEYS_ENV}: ${file} is not a minisign public key`)
    }
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, path.basename(file)), text)
  }
  const shipped = fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.pub')) : []
  for (const name of shipped) {
    if (!isMinisignPublicKey(fs.readFileSync(path.join(dir, name), 'utf8'))) {
      throw new Error(`resources/keys/${name} is not a minisign public key`)
    }
  }
  if (shipped.length === 0) {
    throw new Error(
      `this release would trust no update-signing key: name the office's public key with ` +
        `${RELEASE_KEYS_ENV}=/path/to/office.pub (or put it in resources/keys/) — docs/deploy.md §1`,
    )
  }
  return shipped
}

module.exports = { RELEASE_KEYS_ENV, isMinisignPublicKey, packedKeysDir, shipReleaseKeys }
