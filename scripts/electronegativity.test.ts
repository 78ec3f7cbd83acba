import { describe, expect, it } from 'vitest'
import {
  blockingFindings,
  describeFinding,
  electronVersion,
  parseCsv,
  parseFindings,
  unexplainedLowFindings,
} from './electronegativity.mjs'

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url'
const row = (issue: string, severity: string, sample = 'N/A') =>
  `${issue},"${severity}","CERTAIN","main/window.ts","12:4",${sample},"Why ${issue} matters, briefly.",https://example.org/${issue}`

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a, b\n"x, y","say ""hi""\nagain"\r\nlast,\n'
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nagain'],
      ['last', ''],
    ])
  })

  it('refuses an unterminated quote instead of guessing', () => {
    expect(() => parseCsv('a,"open\n')).toThrow('unterminated')
  })
})

describe('parseFindings', () => {
  it('reads every finding with its severity, place and description', () => {
    const findings = parseFindings(
      [HEADER, row('CSP_GLOBAL_CHECK', 'LOW'), row('SANDBOX_JS_CHECK', 'MEDIUM', '"a, b"')].join(
        '\n',
      ),
    )
    expect(findings.map((f) => [f.issue, f.severity, f.file, f.location, f.sample])).toEqual([
      ['CSP_GLOBAL_CHECK', 'LOW', 'main/window.ts', '12:4', 'N/A'],
      ['SANDBOX_JS_CHECK', 'MEDIUM', 'main/window.ts', '12:4', 'a, b'],
    ])
    expect(describeFinding(findings[1]!)).toBe(
      'MEDIUM SANDBOX_JS_CHECK at electron/main/window.ts:12:4 — Why SANDBOX_JS_CHECK matters, briefly.',
    )
  })

  it('a report with only the header has no findings', () => {
    expect(parseFindings(`${HEADER}\n`)).toEqual([])
  })

  it('fails loudly on a changed format rather than passing with nothing found', () => {
    expect(() => parseFindings('rule,level\nX,note\n')).toThrow('unexpected electronegativity')
    expect(() => parseFindings('')).toThrow('unexpected electronegativity')
    expect(() => parseFindings(`${HEADER}\n${row('X', 'SEVERE')}`)).toThrow(
      'row 2: unknown severity "SEVERE"',
    )
  })
})

describe('the gate', () => {
  const findings = parseFindings(
    [
      HEADER,
      row('AUXCLICK_JS_CHECK', 'INFORMATIONAL'),
      row('CSP_GLOBAL_CHECK', 'LOW'),
      row('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'MEDIUM'),
      row('NODE_INTEGRATION_JS_CHECK', 'HIGH'),
    ].join('\n'),
  )

  it('blocks MEDIUM and HIGH, lets INFORMATIONAL and LOW through', () => {
    expect(blockingFindings(findings).map((f) => f.issue)).toEqual([
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'NODE_INTEGRATION_JS_CHECK',
    ])
  })

  it('requires every LOW finding to be explained in the security doc', () => {
    expect(unexplainedLowFindings(findings, '# Security\n').map((f) => f.issue)).toEqual([
      'CSP_GLOBAL_CHECK',
    ])
    expect(unexplainedLowFindings(findings, '`CSP_GLOBAL_CHECK`: explained')).toEqual([])
  })
})

describe('electronVersion', () => {
  it('takes the exact version from package.json', () => {
    expect(electronVersion({ devDependencies: { electron: '45.5.0' } })).toBe('45.5.0')
    expect(electronVersion({ dependencies: { electron: '^44.1.2' } })).toBe('44.1.2')
    expect(() => electronVersion({ devDependencies: {} })).toThrow('no exact electron version')
  })
})
