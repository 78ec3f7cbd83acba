import { lstat, readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { checkContent, checkContentText, type Problem } from '../../common/content/check'
import { targetSchema, type Target } from '../../common/fleet/targets'
import { EXTENSIONS_BY_ROLE, fileExtension, type FileRole } from '../../common/update/manifest'
import { readPublicKey, readSecretKey } from '../../electron/services/updates/keys'
import { writePackage, type PackageInput } from '../../electron/services/updates/packageBuilder'
import type { Command, CommandIO } from '../command'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from '../command'
import { findEspeak } from '../speech/espeak'
import { packWalkGraph, readBasemap, PACKED_BASEMAP_NAME } from './packBasemap'
import { authoredAudio, generateSpeech } from './packSpeech'

const roleOf = (name: string): FileRole | undefined =>
  (['image', 'audio'] as const).find((role) =>
    (EXTENSIONS_BY_ROLE[role] as readonly string[]).includes(fileExtension(name)),
  )

/** Prints every error in full; warnings only as a count (`kiosk-content check` lists them). */
function printProblems(io: CommandIO, file: string, problems: Problem[]): number {
  const errors = problems.filter((p) => p.severity === 'error')
  for (const p of errors) io.out(`${file}: error ${p.path}: ${p.message}`)
  const warnings = problems.length - errors.length
  if (warnings > 0)
    io.out(`${file}: ${warnings} warnings (run \`kiosk-content check ${file}\` to list them)`)
  return errors.length
}

/** Files the content refers to (map images), read from next to the content file. */
async function referencedFiles(raw: unknown, contentPath: string): Promise<PackageInput[]> {
  const checked = checkContent(raw)
  const files: PackageInput[] = []
  for (const map of checked.content?.maps ?? []) {
    if (map.file.startsWith('data:')) continue // embedded in the content itself
    const role = roleOf(map.file)
    if (!role) throw new Error(`maps "${map.id}": ${map.file} is not an image type a kiosk shows`)
    const path = resolve(dirname(contentPath), map.file)
    const info = await lstat(path).catch(() => undefined)
    if (!info?.isFile())
      throw new Error(`maps "${map.id}": ${map.file} is missing or not a regular file`)
    if (!files.some((f) => f.name === map.file)) {
      files.push({ name: map.file, role, bytes: await readFile(path) })
    }
  }
  return files
}

/**
 * Reads `--targets a,b,group:canary`: each entry a kiosk id or `group:<name>`, named when wrong
 * (an upper-case letter, a space inside, `group:` with no name, a typo like `groups:x`), so a
 * package meant for the canaries cannot silently go to nobody — or, without targets, everyone.
 */
export function parseTargets(raw: string): { targets: Target[] } | { error: string } {
  const entries = raw.split(',').map((t) => t.trim())
  const targets: Target[] = []
  for (const [i, entry] of entries.entries()) {
    if (entry === '') {
      // One trailing comma is harmless; an empty entry in the middle is a typo.
      if (i === entries.length - 1 && i > 0) continue
      return { error: `--targets: entry ${i + 1} is empty` }
    }
    const parsed = targetSchema.safeParse(entry)
    if (!parsed.success)
      return {
        error: `--targets: "${entry}" is not a kiosk id or group:<name> (lower-case letters, digits and hyphens, e.g. cc-rail-1 or group:canary)`,
      }
    if (targets.includes(parsed.data)) return { error: `--targets: "${entry}" is listed twice` }
    targets.push(parsed.data)
  }
  return { targets }
}

async function run(args: string[], io: CommandIO): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: {
        content: { type: 'string' },
        key: { type: 'string' },
        version: { type: 'string' },
        out: { type: 'string' },
        targets: { type: 'string' },
        'carry-key': { type: 'string', multiple: true },
        revoke: { type: 'string', multiple: true },
        note: { type: 'string' },
        speech: { type: 'boolean' },
        basemap: { type: 'string' },
        'allow-sample': { type: 'boolean' },
      },
    })
  } catch (e) {
    io.err(`kiosk-content pack: ${e instanceof Error ? e.message : String(e)}`)
    return EXIT_USAGE
  }
  const { content, key, version, out } = parsed.values
  const contentVersion = Number(version)
  if (!content || !key || !out || !Number.isInteger(contentVersion) || contentVersion < 1) {
    io.err(`Usage: kiosk-content pack ${packCommand.usage}`)
    return EXIT_USAGE
  }
  const parsedTargets =
    parsed.values.targets === undefined ? { targets: [] } : parseTargets(parsed.values.targets)
  if ('error' in parsedTargets) {
    io.err(`kiosk-content pack: ${parsedTargets.error}; nothing was packed`)
    return EXIT_USAGE
  }
  const { targets } = parsedTargets
  const secret = readSecretKey(await readFile(resolve(io.cwd, key), 'utf8'))
  if (!secret.ok) {
    io.err(`kiosk-content pack: ${key}: ${secret.error}`)
    return EXIT_FAILED
  }
  const contentPath = resolve(io.cwd, content)
  const first = checkContentText(await readFile(contentPath, 'utf8'), content)
  if (printProblems(io, content, first.problems) > 0 || !first.content) {
    io.err('kiosk-content pack: the content has errors; nothing was packed')
    return EXIT_FAILED
  }
  // Sample content reaching real kiosks would be read as official; packing it must be deliberate.
  if (first.content.dataset.sample && !parsed.values['allow-sample']) {
    io.err(
      'kiosk-content pack: this is sample content (dataset.sample is true), not confirmed by the offices; ' +
        'set "sample": false once every fact is confirmed, or pass --allow-sample for a demonstration; nothing was packed',
    )
    return EXIT_FAILED
  }
  // The packed copy carries the version given here, so the manifest and content always agree.
  const raw: unknown = JSON.parse((await readFile(contentPath, 'utf8')).replace(/^\uFEFF/, ''))
  const packed = checkContent(raw)
  if (!packed.content) throw new Error('content changed while packing')
  let versioned = { ...packed.content, dataset: { ...packed.content.dataset, contentVersion } }
  if (!checkContent(versioned).ok) throw new Error('content changed while packing')
  const media = [...(await referencedFiles(raw, contentPath))]
  // The street map: given on the command line, or named by the content next to its file.
  const basemapArg = parsed.values.basemap ?? versioned.basemap?.file
  if (basemapArg) {
    const basemapPath = parsed.values.basemap
      ? resolve(io.cwd, basemapArg)
      : resolve(dirname(contentPath), basemapArg)
    const basemap = await readBasemap(basemapPath, basemapArg, versioned)
    if (!basemap.ok) {
      io.err(`kiosk-content pack: ${basemap.reason}; nothing was packed`)
      return EXIT_FAILED
    }
    media.push(basemap.file)
    versioned = { ...versioned, basemap: { file: PACKED_BASEMAP_NAME } }
    io.out(basemap.summary)
    const graph = packWalkGraph(basemap.file.bytes, versioned)
    if (graph.file) {
      media.push(graph.file)
      versioned = {
        ...versioned,
        basemap: { file: PACKED_BASEMAP_NAME, walkGraph: graph.file.name },
      }
    }
    io.out(graph.summary)
  }
  media.push(...(await authoredAudio(versioned, contentPath)))
  if (parsed.values.speech) {
    const engine = await findEspeak()
    if (!engine) {
      io.err(
        'kiosk-content pack: --speech needs espeak-ng (apt-get install espeak-ng); nothing was packed',
      )
      return EXIT_FAILED
    }
    const spoken = await generateSpeech(versioned, engine)
    if (!checkContent(spoken.content).ok)
      throw new Error('speech references made the content invalid')
    versioned = spoken.content
    media.push(...spoken.files)
    io.out(`speech: ${spoken.files.length} audio files made with ${engine.name}`)
    for (const item of spoken.untranslated)
      io.out(`speech: ${item} has no text in that language; left silent`)
  }
  const files: PackageInput[] = [
    {
      name: 'content.json',
      role: 'content',
      bytes: new TextEncoder().encode(`${JSON.stringify(versioned, null, 2)}\n`),
    },
    ...media,
  ]
  for (const carried of parsed.values['carry-key'] ?? []) {
    const text = await readFile(resolve(io.cwd, carried), 'utf8')
    const pub = readPublicKey(text)
    if (!pub.ok) throw new Error(`${carried}: ${pub.error}`)
    files.push({
      name: `keys/${pub.value.keyIdHex}.pub`,
      role: 'key',
      bytes: new TextEncoder().encode(text),
    })
  }
  const built = await writePackage(resolve(io.cwd, out), {
    files,
    key: secret.value,
    contentVersion,
    ...(targets.length ? { targets } : {}),
    ...(parsed.values.revoke?.length ? { revokeKeyIds: parsed.values.revoke } : {}),
    ...(parsed.values.note ? { note: parsed.values.note } : {}),
  })
  io.out(`packed content version ${contentVersion} (${files.length} files) into ${built.root}`)
  io.out(
    `signed by key ${secret.value.keyIdHex}${targets.length ? `; only for ${targets.join(', ')}` : '; for every kiosk'}`,
  )
  return EXIT_OK
}

/**
 * `kiosk-content pack`: checks the content (errors stop it), then writes a signed
 * `KIOSK-UPDATE/` package with the content, the images and recordings it references, the city's
 * street map (`--basemap`, a PMTiles v3 extract that must cover a site or place; docs/maps.md)
 * with the walking graph derived from it, and
 * optionally new public keys to trust (`--carry-key`, key rotation), key ids to revoke
 * (`--revoke`), and speech for every item and language made with espeak-ng (`--speech`).
 * Sample content (`dataset.sample`) is refused unless `--allow-sample` says it is meant.
 */
export const packCommand: Command = {
  name: 'pack',
  summary: 'Check content and write a signed KIOSK-UPDATE package for a USB stick.',
  usage:
    '--content <file> --key <secret.key> --version <n> --out <folder> [--basemap <city.pmtiles>] [--targets <id|group:name>,...] [--carry-key <new.pub>] [--revoke <key id>] [--note <text>] [--speech] [--allow-sample]',
  run,
}
