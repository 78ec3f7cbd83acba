import { describe, expect, it } from 'vitest'
import {
  addTallies,
  flakyTests,
  specDurations,
  summaryLine,
  tallyPlaywright,
  tallyVitest,
} from './testSummary.mjs'

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

/** A Playwright JSON report: one file, a describe block, tests in two projects. */
const e2eReport = {
  suites: [
    {
      file: 'journeys.spec.ts',
      specs: [
        {
          title: 'top-level test',
          file: 'journeys.spec.ts',
          tests: [
            { projectName: 'portrait', status: 'expected', results: [{ duration: 1000 }] },
            {
              projectName: 'landscape',
              status: 'flaky',
              results: [{ duration: 4000 }, { duration: 3000 }],
            },
          ],
        },
      ],
      suites: [
        {
          title: 'in en',
          specs: [
            {
              title: 'nested test',
              file: 'journeys.spec.ts',
              tests: [
                { projectName: 'portrait', status: 'expected', results: [{ duration: 500 }] },
              ],
            },
          ],
        },
      ],
    },
    {
      file: 'idle.spec.ts',
      specs: [
        {
          title: 'idle',
          file: 'idle.spec.ts',
          tests: [{ projectName: 'portrait', status: 'skipped', results: [] }],
        },
      ],
    },
  ],
}

describe('flakyTests', () => {
  it('names the tests that passed only on a retry, with their project', () => {
    expect(flakyTests(e2eReport)).toEqual(['[landscape] journeys.spec.ts › top-level test'])
  })

  it('finds none in a missing or malformed report', () => {
    expect(flakyTests(undefined)).toEqual([])
    expect(flakyTests({ suites: 'x' })).toEqual([])
  })
})

describe('specDurations', () => {
  it('sums every attempt per file and project, nested describes included, slowest first', () => {
    expect(specDurations(e2eReport)).toEqual([
      { spec: '[landscape] journeys.spec.ts', tests: 1, ms: 7000 },
      { spec: '[portrait] journeys.spec.ts', tests: 2, ms: 1500 },
      { spec: '[portrait] idle.spec.ts', tests: 1, ms: 0 },
    ])
  })
})
