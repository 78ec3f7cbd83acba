import { describe, expect, it } from 'vitest'
import { MAX_PROBLEM_DETAIL, problemDetail, rendererProblemSchema } from './rendererProblem'

const accepts = (value: unknown) => rendererProblemSchema.safeParse(value).success

describe('rendererProblemSchema', () => {
  it('takes a known kind with or without a short technical detail', () => {
    expect(accepts({ kind: 'map-webgl' })).toBe(true)
    expect(accepts({ kind: 'map-error', detail: 'Failed to initialize WebGL' })).toBe(true)
    expect(accepts({ kind: 'map-error', detail: 'x'.repeat(MAX_PROBLEM_DETAIL) })).toBe(true)
  })

  it('refuses other kinds, long or non-ASCII details, addresses and anything extra', () => {
    expect(accepts({ kind: 'crash' })).toBe(false)
    expect(accepts({ kind: 'map-error', detail: 'x'.repeat(MAX_PROBLEM_DETAIL + 1) })).toBe(false)
    expect(accepts({ kind: 'map-error', detail: '长春站 shelter' })).toBe(false)
    expect(accepts({ kind: 'map-error', detail: 'line\nbreak' })).toBe(false)
    expect(accepts({ kind: 'map-error', detail: 'GET http://127.0.0.1/tiles/15/1/2' })).toBe(false)
    expect(accepts({ kind: 'map-webgl', place: 'overnight-warming-shelter' })).toBe(false)
    expect(accepts({})).toBe(false)
  })
})

describe('problemDetail', () => {
  it('turns any error into a detail the schema accepts', () => {
    const samples: unknown[] = [
      new Error(
        'Failed to fetch pmtiles://http://127.0.0.1:4000/content-files/basemap.pmtiles?v=3',
      ),
      new Error(`${'很长'.repeat(200)}\n\tstack`),
      'plain ://odd string',
      42,
    ]
    for (const sample of samples) {
      const detail = problemDetail(sample)
      expect(rendererProblemSchema.parse({ kind: 'map-error', detail }).detail).toBe(detail)
    }
    expect(problemDetail(samples[0])).toBe('Failed to fetch [address]')
    expect(problemDetail(samples[1])).toHaveLength(MAX_PROBLEM_DETAIL)
  })

  it('says nothing for nothing', () => {
    expect(problemDetail(undefined)).toBeUndefined()
    expect(problemDetail(new Error('  '))).toBeUndefined()
  })
})
