// Turns the JSON reports of vitest and Playwright into one pass/fail/skip tally, so that CI can
// read a single plain line instead of parsing two runners' output formats.
import { existsSync, readFileSync } from 'node:fs'

/** A tally with every count present and non-negative, whatever the report held. */
export function emptyTally() {
  return { passed: 0, failed: 0, skipped: 0 }
}

const count = (value) => (Number.isInteger(value) && value >= 0 ? value : 0)

/**
 * Counts from vitest's JSON reporter (Jest-compatible fields). A suite that failed to load has
 * no test results but still fails the run: it is counted as one failure so the line never says
 * "0 failed" while the step failed.
 */
export function tallyVitest(report) {
  if (typeof report !== 'object' || report === null) return emptyTally()
  const failedSuites = Array.isArray(report.testResults)
    ? report.testResults.filter(
        (suite) =>
          suite?.status === 'failed' &&
          (!Array.isArray(suite.assertionResults) || suite.assertionResults.length === 0),
      ).length
    : 0
  return {
    passed: count(report.numPassedTests),
    failed: count(report.numFailedTests) + failedSuites,
    skipped: count(report.numPendingTests) + count(report.numTodoTests),
  }
}

/**
 * Counts from Playwright's JSON reporter: a flaky test passed on retry and counts as passed;
 * errors outside any test (a broken global setup or config) count as failures.
 */
export function tallyPlaywright(report) {
  if (typeof report !== 'object' || report === null) return emptyTally()
  const stats = report.stats ?? {}
  const outsideErrors = Array.isArray(report.errors) ? report.errors.length : 0
  return {
    passed: count(stats.expected) + count(stats.flaky),
    failed: count(stats.unexpected) + outsideErrors,
    skipped: count(stats.skipped),
  }
}

/** Reads a JSON report written by a runner; undefined when it is missing or not JSON. */
export function readReport(file) {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return undefined
  }
}

/** Sums tallies field by field. */
export function addTallies(...tallies) {
  return tallies.reduce(
    (sum, t) => ({
      passed: sum.passed + t.passed,
      failed: sum.failed + t.failed,
      skipped: sum.skipped + t.skipped,
    }),
    emptyTally(),
  )
}

/** The line CI reads: `N passed, N failed` plus `, N skipped` when any were skipped. */
export function summaryLine(tally) {
  const base = `${tally.passed} passed, ${tally.failed} failed`
  return tally.skipped > 0 ? `${base}, ${tally.skipped} skipped` : base
}

/** Every test of a Playwright JSON report with its spec file and project, depth first. */
function playwrightTests(report) {
  const found = []
  const walk = (suite, file) => {
    const here = typeof suite?.file === 'string' ? suite.file : file
    for (const spec of Array.isArray(suite?.specs) ? suite.specs : []) {
      for (const test of Array.isArray(spec?.tests) ? spec.tests : []) {
        found.push({ file: spec.file ?? here, title: spec.title, test })
      }
    }
    for (const child of Array.isArray(suite?.suites) ? suite.suites : []) walk(child, here)
  }
  for (const suite of Array.isArray(report?.suites) ? report.suites : []) walk(suite, undefined)
  return found
}

/**
 * The tests that passed only on a retry. A retry hides a failure and doubles a test's time, so
 * `npm test` names them instead of letting them pass unseen.
 */
export function flakyTests(report) {
  return playwrightTests(report)
    .filter(({ test }) => test?.status === 'flaky')
    .map(({ file, title, test }) => `[${test.projectName}] ${file} › ${title}`)
}

/**
 * Time spent per spec file and project (every attempt counted), slowest first: where the e2e
 * minutes go, for whoever wants the suite faster.
 */
export function specDurations(report) {
  const totals = new Map()
  for (const { file, test } of playwrightTests(report)) {
    const key = `[${test?.projectName ?? '?'}] ${file ?? '?'}`
    const results = Array.isArray(test?.results) ? test.results : []
    const ms = results.reduce((sum, r) => sum + (Number.isFinite(r?.duration) ? r.duration : 0), 0)
    const entry = totals.get(key) ?? { spec: key, tests: 0, ms: 0 }
    entry.tests += 1
    entry.ms += ms
    totals.set(key, entry)
  }
  return [...totals.values()].sort((a, b) => b.ms - a.ms)
}
