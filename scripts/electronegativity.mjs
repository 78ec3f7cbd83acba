// Security scan step of `npm test`: runs @doyensec/electronegativity over electron/ and fails on
// any finding above LOW. The tool always exits 0, so its CSV report is parsed here; every LOW
// finding that remains must be explained in docs/security.md (by its check name), so nothing is
// waved through silently.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 }
const COLUMNS = ['issue', 'severity', 'confidence', 'file', 'location', 'sample', 'description']

/**
 * Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, doubled quotes
 * and line breaks). Whitespace around an unquoted field is trimmed, as the tool writes ", ".
 */
export function parseCsv(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  const endField = () => {
    row.push(wasQuoted ? field : field.trim())
    field = ''
    wasQuoted = false
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field.trim() === '') {
      quoted = true
      wasQuoted = true
      field = ''
    } else if (ch === ',') endField()
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endField()
      if (row.some((f) => f !== '')) rows.push(row)
      row = []
    } else if (!wasQuoted) field += ch
  }
  if (quoted) throw new Error('unterminated quoted field at the end of the CSV')
  if (field !== '' || row.length > 0) {
    endField()
    if (row.some((f) => f !== '')) rows.push(row)
  }
  return rows
}

/**
 * Electronegativity's CSV report as findings. Throws when the header is not the one this script
 * was written against (a changed format must fail loudly, not pass with zero findings) or a
 * row has an unknown severity.
 */
export function parseFindings(csvText) {
  const [header, ...rows] = parseCsv(csvText)
  const expected = ['issue', 'severity', 'confidence', 'filename', 'location', 'sample']
  if (!header || expected.some((name, i) => header[i]?.toLowerCase() !== name)) {
    throw new Error(`unexpected electronegativity CSV header: ${JSON.stringify(header ?? [])}`)
  }
  return rows.map((fields, index) => {
    const finding = Object.fromEntries(COLUMNS.map((name, i) => [name, fields[i] ?? '']))
    finding.url = fields[7] ?? ''
    if (!(finding.severity in SEVERITY_RANK)) {
      throw new Error(`row ${index + 2}: unknown severity ${JSON.stringify(finding.severity)}`)
    }
    return finding
  })
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

function runScan() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const toolPkg = join(root, 'node_modules/@doyensec/electronegativity/package.json')
  if (!existsSync(toolPkg)) {
    console.error('electronegativity is not installed: run npm install')
    return 1
  }
  const toolBin = JSON.parse(readFileSync(toolPkg, 'utf8')).bin
  const entry = typeof toolBin === 'string' ? toolBin : toolBin.electronegativity
  const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  const report = join(outDir, 'report.csv')
  try {
    const args = ['-i', join(root, 'electron'), '-o', report, '-r', '-v', 'false']
    const result = spawnSync(
      process.execPath,
      [join(dirname(toolPkg), entry), ...args, '-e', electronVersion(pkg)],
      { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    )
    if (!existsSync(report)) {
      console.error(`electronegativity wrote no report:\n${result.stdout}${result.stderr}`)
      return 1
    }
    const findings = parseFindings(readFileSync(report, 'utf8'))
    const docPath = join(root, 'docs/security.md')
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : ''
    const blocking = blockingFindings(findings)
    const unexplained = unexplainedLowFindings(findings, doc)
    for (const f of findings) console.log(describeFinding(f))
    if (blocking.length > 0) {
      console.error(`${blocking.length} finding(s) above LOW; fix them in electron/.`)
    }
    for (const f of unexplained) {
      console.error(`LOW finding ${f.issue} is not explained in docs/security.md`)
    }
    const failed = blocking.length > 0 || unexplained.length > 0
    if (!failed) {
      console.log(`electronegativity: ${findings.length} finding(s), none above LOW, all explained`)
    }
    return failed ? 1 : 0
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    process.exit(runScan())
  } catch (err) {
    console.error(`Security scan failed: ${err instanceof Error ? err.message : String(err)}`)
    process.exit(1)
  }
}
