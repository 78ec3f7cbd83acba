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
