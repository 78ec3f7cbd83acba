// Security scan step of `npm test`: runs @doyensec/electronegativity over electron/ and fails on
// any finding above LOW, and on any file the tool could not parse (that file was not checked).
// Every LOW finding that remains must be explained in docs/security.md (by its check name).
//
// The tool is called through its package entry (dist/runner.js) rather than its CLI: the CLI
// always exits 0, hides parse failures when writing a report, and writes its CSV with two
// unordered asynchronous writes (header, then rows), so the file can come out garbled or with
// the rows lost. The runner returns the findings and parse errors themselves.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { z } from 'zod'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 }

const findingSchema = z.object({
  id: z.string(),
  severity: z.object({ name: z.enum(['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']) }),
  confidence: z.object({ name: z.string() }),
  file: z.string(),
  location: z.object({ line: z.number(), column: z.number() }).partial().optional(),
  description: z.string(),
})
const resultSchema = z.object({
  issues: z.array(z.unknown()),
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
})

/**
 * The runner's result as plain findings plus the files it could not parse. Throws, naming the
 * offending entry, when the result is not the shape this script was written against: a changed
 * tool must fail the build loudly, not pass it with zero findings.
 */
export function readScanResult(raw) {
  const parsed = resultSchema.safeParse(raw)
  if (!parsed.success) {
    throw new Error(`unexpected electronegativity result: ${parsed.error.issues[0]?.message}`)
  }
  const findings = parsed.data.issues.map((issue, index) => {
    const one = findingSchema.safeParse(issue)
    if (!one.success) {
      const where = one.error.issues[0]?.path.join('.') || '(root)'
      throw new Error(`electronegativity issue ${index}: ${where}: ${one.error.issues[0]?.message}`)
    }
    const { id, severity, confidence, file, location, description } = one.data
    return {
      issue: id,
      severity: severity.name,
      confidence: confidence.name,
      file,
      location: `${location?.line ?? 0}:${location?.column ?? 0}`,
      description,
    }
  })
  const unparsed = parsed.data.errors.filter((e) => !e.tolerable)
  return { findings, unparsed }
}

/** Findings that fail the build: anything above LOW. */
export const blockingFindings = (findings) =>
  findings.filter((f) => SEVERITY_RANK[f.severity] > SEVERITY_RANK.LOW)

/** LOW findings whose check name docs/security.md never mentions. */
export const unexplainedLowFindings = (findings, securityDoc) =>
  findings.filter((f) => f.severity === 'LOW' && !securityDoc.includes(f.issue))

/** One line per finding, with where it is and why it matters. */
export const describeFinding = (f) =>
  `${f.severity.padEnd(6)} ${f.issue} at electron/${f.file}:${f.location} — ${f.description}`

/** The Electron version the project builds with (so the tool checks today's defaults). */
export function electronVersion(packageJson) {
  const spec = packageJson.devDependencies?.electron ?? packageJson.dependencies?.electron
  const version = /\d+\.\d+\.\d+/.exec(spec ?? '')?.[0]
  if (!version) throw new Error('package.json names no exact electron version')
  return version
}

/**
 * Judges a scan: the lines to print, and whether it passes (nothing above LOW, every file
 * parsed, every LOW finding explained in the security doc).
 */
export function judgeScan({ findings, unparsed }, securityDoc) {
  const blocking = blockingFindings(findings)
  const unexplained = unexplainedLowFindings(findings, securityDoc)
  const lines = findings.map(describeFinding)
  for (const e of unparsed) lines.push(`NOT SCANNED electron/${e.file}: ${e.message}`)
  if (blocking.length > 0) lines.push(`${blocking.length} finding(s) above LOW: fix them.`)
  for (const f of unexplained) lines.push(`LOW ${f.issue} is not explained in docs/security.md`)
  const ok = blocking.length === 0 && unexplained.length === 0 && unparsed.length === 0
  if (ok)
    lines.push(`electronegativity: ${findings.length} finding(s), none above LOW, all explained`)
  return { ok, lines }
}

async function runScan() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const require = createRequire(join(root, 'package.json'))
  const run = require('@doyensec/electronegativity')
  const raw = await run({
    input: join(root, 'electron'),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion(pkg),
    // This check compares a package.json's electron version with the releases it downloads;
    // electron/ holds no package.json, so it can report nothing and only waits on the network.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  })
  const docPath = join(root, 'docs/security.md')
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : ''
  const verdict = judgeScan(readScanResult(raw), doc)
  for (const line of verdict.lines) (verdict.ok ? console.log : console.error)(line)
  return verdict.ok ? 0 : 1
}

const USAGE = `Usage: node scripts/electronegativity.mjs
  Scans electron/ with electronegativity (a step of npm test); exits 1 on a finding above LOW,
  a file it could not parse, or a LOW finding docs/security.md does not explain.
  --help, -h  show this help`

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    process.exit(0)
  }
  if (args.length > 0) {
    console.error(`Unknown option ${args[0]}.\n\n${USAGE}`)
    process.exit(2)
  }
  runScan().then(
    (code) => process.exit(code),
    (err) => {
      console.error(`Security scan failed: ${err instanceof Error ? err.message : String(err)}`)
      process.exit(1)
    },
  )
}
