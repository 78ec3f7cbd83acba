import { describe, expect, it } from 'vitest'
import { addTallies, summaryLine, tallyPlaywright, tallyVitest } from './testSummary.mjs'

describe('tallyVitest', () => {
  it('reads the Jest-compatible counts, todo tests as skipped', () => {
    const report = {
      numPassedTests: 40,
      numFailedTests: 2,
      numPendingTests: 1,
      numTodoTests: 2,
      testResults: [{ status: 'failed', assertionResults: [{ status: 'failed' }] }],
    }
    expect(tallyVitest(report)).toEqual({ passed: 40, failed: 2, skipped: 3 })
  })

  it('counts a suite that failed to load (no tests ran in it) as a failure', () => {
    const report = {
      numPassedTests: 3,
      numFailedTests: 0,
      testResults: [{ status: 'failed', assertionResults: [] }, { status: 'passed' }],
    }
    expect(tallyVitest(report)).toEqual({ passed: 3, failed: 1, skipped: 0 })
  })

  it('treats a missing or malformed report as nothing run', () => {
    expect(tallyVitest(undefined)).toEqual({ passed: 0, failed: 0, skipped: 0 })
    expect(tallyVitest({ numPassedTests: -4, numFailedTests: 'x' })).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    })
  })
})

describe('tallyPlaywright', () => {
  it('counts flaky tests as passed and errors outside tests as failures', () => {
    const report = {
      stats: { expected: 10, unexpected: 1, flaky: 2, skipped: 3 },
      errors: [{ message: 'global setup failed' }],
    }
    expect(tallyPlaywright(report)).toEqual({ passed: 12, failed: 2, skipped: 3 })
  })
})

describe('summaryLine', () => {
  it('sums unit and e2e and mentions skipped only when there are some', () => {
    const total = addTallies(
      { passed: 5, failed: 0, skipped: 0 },
      { passed: 7, failed: 1, skipped: 0 },
    )
    expect(summaryLine(total)).toBe('12 passed, 1 failed')
    expect(summaryLine({ passed: 1, failed: 0, skipped: 2 })).toBe('1 passed, 0 failed, 2 skipped')
  })
})
