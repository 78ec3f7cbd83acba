import { describe, expect, it } from 'vitest'
import {
  blockingFindings,
  describeFinding,
  electronVersion,
  judgeScan,
  readScanResult,
} from './electronegativity.mjs'

/** One issue as electronegativity's runner reports it. */
const issue = (id: string, severity: string, file = 'main/window.ts') => ({
  id,
  severity: { name: severity, value: 1, format: () => severity },
  confidence: { name: 'CERTAIN', value: 2 },
  file,
  location: { line: 12, column: 4 },
  description: `Why ${id} matters.`,
  manualReview: false,
})
const raw = (issues: unknown[], errors: unknown[] = []) => ({
  globalChecks: 6,
  atomicChecks: 36,
  issues,
  errors,
})

describe('readScanResult', () => {
  it('turns the runner’s issues into findings with severity, place and description', () => {
    const { findings, unparsed } = readScanResult(
      raw([issue('CSP_GLOBAL_CHECK', 'LOW', 'main/lockdown.ts')]),
    )
    expect(findings).toEqual([
      {
        issue: 'CSP_GLOBAL_CHECK',
        severity: 'LOW',
        confidence: 'CERTAIN',
        file: 'main/lockdown.ts',
        location: '12:4',
        description: 'Why CSP_GLOBAL_CHECK matters.',
      },
    ])
    expect(unparsed).toEqual([])
    expect(describeFinding(findings[0]!)).toBe(
      'LOW    CSP_GLOBAL_CHECK at electron/main/lockdown.ts:12:4 — Why CSP_GLOBAL_CHECK matters.',
    )
  })

  it('keeps the files the tool could not parse, but not its tolerable warnings', () => {
    const { unparsed } = readScanResult(
      raw(
        [],
        [
          { file: 'main/a.ts', message: 'Unexpected token', tolerable: false },
          { file: 'main/b.ts', message: 'deprecated syntax', tolerable: true },
        ],
      ),
    )
    expect(unparsed.map((e) => e.file)).toEqual(['main/a.ts'])
  })

  it('fails loudly on a changed result shape rather than passing with nothing found', () => {
    expect(() => readScanResult(undefined)).toThrow('unexpected electronegativity result')
    expect(() => readScanResult({ issues: [] })).toThrow('unexpected electronegativity result')
    expect(() => readScanResult(raw([issue('X', 'SEVERE')]))).toThrow(
      'electronegativity issue 0: severity.name',
    )
  })
})

describe('judgeScan', () => {
  const scan = readScanResult(
    raw([
      issue('AUXCLICK_JS_CHECK', 'INFORMATIONAL'),
      issue('CSP_GLOBAL_CHECK', 'LOW'),
      issue('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'MEDIUM'),
      issue('NODE_INTEGRATION_JS_CHECK', 'HIGH'),
    ]),
  )
  const explained = '`CSP_GLOBAL_CHECK` (LOW): why it stays.'

  it('blocks MEDIUM and HIGH, lets INFORMATIONAL and LOW through', () => {
    expect(blockingFindings(scan.findings).map((f) => f.issue)).toEqual([
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
    ])
    expect(judgeScan(scan, explained).ok).toBe(false)
    const lowOnly = { findings: scan.findings.slice(0, 2), unparsed: [] }
    expect(judgeScan(lowOnly, explained)).toEqual({
      ok: true,
      lines: [
        expect.stringContaining('INFORMATIONAL AUXCLICK_JS_CHECK'),
        expect.stringContaining('LOW    CSP_GLOBAL_CHECK'),
        'electronegativity: 2 finding(s), none above LOW, all explained',
      ],
    })
  })

  it('fails on a LOW finding the security doc does not explain', () => {
    const verdict = judgeScan({ findings: scan.findings.slice(1, 2), unparsed: [] }, '# Security')
    expect(verdict.ok).toBe(false)
    expect(verdict.lines).toContain('LOW CSP_GLOBAL_CHECK is not explained in docs/security.md')
  })

  it('fails when a file could not be scanned', () => {
    const verdict = judgeScan(
      {
        findings: [],
        unparsed: [{ file: 'main/a.ts', message: 'Unexpected token', tolerable: false }],
      },
      explained,
    )
    expect(verdict.ok).toBe(false)
    expect(verdict.lines).toEqual(['NOT SCANNED electron/main/a.ts: Unexpected token'])
  })
})

describe('electronVersion', () => {
  it('takes the exact version from package.json', () => {
    expect(electronVersion({ devDependencies: { electron: '45.5.0' } })).toBe('45.5.0')
    expect(electronVersion({ dependencies: { electron: '^44.1.2' } })).toBe('44.1.2')
    expect(() => electronVersion({ devDependencies: {} })).toThrow('no exact electron version')
  })
})
