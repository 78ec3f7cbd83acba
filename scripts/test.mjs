// `npm test`: everything a fresh clone needs to prove itself (types, style, content, security,
// units, build, end to end). The quick independent steps run side by side, then the unit tests,
// then e2e; a broken step stops the run so the failure is near the end of the log. Ends with the
// wall time of every step and one plain `N passed, N failed` line for CI.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDeps } from './ensureDeps.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const reportDir = join(root, 'test-results', 'reports')
const unitReport = join(reportDir, 'unit.json')
const e2eReport = join(reportDir, 'e2e.json')

const usage = `Usage: npm test [-- --unit-only | --e2e-only]
  (no flag)    typecheck, lint, content check, security scan, unit tests, build, e2e
  --unit-only  typecheck, lint, content check, security scan, unit tests
  --e2e-only   build, e2e
Anything after the flags is passed on to \`playwright test\` (e.g. a spec file or --project).`

/** The JS entry of a package's command, run with this Node so no shell or .cmd shim is needed. */
function bin(pkg, name) {
  const manifest = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8'))
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name ?? pkg]
  return join(root, 'node_modules', pkg, entry)
}

/** A step that runs a Node script with this Node. */
const nodeStep = (name, script, args, env) => ({
  name,
  command: process.execPath,
  args: [script, ...args],
  env,
})

function parseArgs(argv) {
  const flags = new Set(argv.filter((a) => a === '--unit-only' || a === '--e2e-only'))
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage)
    process.exit(0)
  }
  if (flags.size > 1) {
    console.error('Choose one of --unit-only and --e2e-only.\n' + usage)
    process.exit(2)
  }
  const rest = argv.filter((a) => !flags.has(a))
  return { unit: !flags.has('--e2e-only'), e2e: !flags.has('--unit-only'), playwrightArgs: rest }
}

/**
 * The checks that need nothing but the sources, and the build the e2e step needs: independent of
 * each other, so they run side by side (longest first: the typecheck alone takes about as long
 * as the others together).
 */
function quickSteps(options) {
  const steps = []
  if (options.unit) {
    steps.push(
      nodeStep('typecheck (tsc -b)', bin('typescript', 'tsc'), ['-b']),
      nodeStep('lint (eslint)', bin('eslint'), ['.', '--max-warnings', '0']),
      nodeStep('format (prettier --check)', bin('prettier'), ['--check', '.']),
      nodeStep(
        'security scan (electronegativity over electron/)',
        join(root, 'scripts/electronegativity.mjs'),
        [],
      ),
      nodeStep('content check (resources/content)', join(root, 'tools/bin/kiosk-content.mjs'), [
        'check',
        'resources/content',
      ]),
    )
  }
  if (options.e2e)
    steps.push(nodeStep('build (scripts/build.mjs)', join(root, 'scripts/build.mjs'), []))
  return steps
}

async function main() {
  const began = Date.now()
  const options = parseArgs(process.argv.slice(2))
  const installStarted = Date.now()
  const installed = ensureDeps(root)
  const results = []
  if (installed)
    results.push({ name: 'install (npm ci)', ok: true, ms: Date.now() - installStarted })
  // Only after the dependencies exist: these helpers are plain Node, but keep the order obvious.
  const { findChromium, howToGetChromium } = await import('./findChromium.mjs')
  const { ensureChromium } = await import('./installChromium.mjs')
  const summary = await import('./testSummary.mjs')
  const { formatDuration, runGroup, runLive, timingLines } = await import('./runSteps.mjs')

  let chromium
  if (options.e2e) {
    chromium = ensureChromium(findChromium, howToGetChromium)
    if (!chromium) process.exit(1)
    console.log(`Chromium for e2e: ${chromium}`)
  }
  const env = chromium ? { ...process.env, CHROMIUM_PATH: chromium } : process.env

  rmSync(reportDir, { recursive: true, force: true })
  mkdirSync(reportDir, { recursive: true })

  const later = []
  if (options.unit) {
    later.push(
      nodeStep('unit tests (vitest run)', bin('vitest'), [
        'run',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${unitReport}`,
      ]),
    )
  }
  if (options.e2e) {
    later.push(
      nodeStep(
        'e2e (playwright test)',
        bin('@playwright/test', 'playwright'),
        ['test', ...options.playwrightArgs],
        {
          ...env,
          E2E_JSON_REPORT: e2eReport,
        },
      ),
    )
  }

  const quick = await runGroup(quickSteps(options), { cwd: root })
  results.push(...quick)
  let failedStep = quick.find((r) => !r.ok)?.name
  // vitest and Playwright each keep both cores busy on their own: one after the other.
  for (const step of failedStep ? [] : later) {
    const result = await runLive(step, { cwd: root })
    results.push(result)
    if (!result.ok) {
      failedStep = result.name
      break
    }
  }

  const unit = summary.tallyVitest(summary.readReport(unitReport))
  const e2eResults = summary.readReport(e2eReport)
  const e2e = summary.tallyPlaywright(e2eResults)
  const total = summary.addTallies(unit, e2e)
  console.log('')
  for (const line of timingLines(results, Date.now() - began)) console.log(line)
  const slowest = summary.specDurations(e2eResults).slice(0, 8)
  if (slowest.length > 0) {
    console.log('Slowest e2e spec files (test time summed over their tests and retries):')
    for (const s of slowest) {
      console.log(`  ${formatDuration(s.ms).padStart(10)}  ${s.spec} (${s.tests} tests)`)
    }
  }
  // A retry turns a failure green and doubles its time: never let one pass unseen.
  const flaky = summary.flakyTests(e2eResults)
  if (flaky.length > 0) {
    console.log(`⚠ ${flaky.length} e2e test(s) passed only on a retry:`)
    for (const name of flaky) console.log(`  ${name}`)
  }
  console.log('')
  if (failedStep) console.log(`✘ npm test failed at step: ${failedStep}`)
  else console.log(`✔ all steps passed (unit ${unit.passed}, e2e ${e2e.passed} passed)`)
  console.log(summary.summaryLine(total))
  process.exit(failedStep || total.failed > 0 ? 1 : 0)
}

if (!existsSync(join(root, 'package.json'))) {
  console.error(`scripts/test.mjs must live in the project (no package.json at ${root}).`)
  process.exit(2)
}
await main()
