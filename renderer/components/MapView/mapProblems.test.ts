import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RendererProblem } from '../../../common/api/rendererProblem'
import { createMapProblemReporter } from './mapProblems'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createMapProblemReporter', () => {
  it('sends each kind to the host once per page, with a cleaned-up detail', () => {
    const sent: RendererProblem[] = []
    const report = async (p: RendererProblem) => {
      sent.push(p)
    }
    const reportMapProblem = createMapProblemReporter()
    for (let page = 0; page < 5; page++) {
      reportMapProblem(report, 'map-webgl')
      reportMapProblem(report, 'map-error', new Error('tile http://127.0.0.1:1/x/15/1/2 failed'))
    }
    expect(sent).toEqual([
      { kind: 'map-webgl' },
      { kind: 'map-error', detail: 'tile [address] failed' },
    ])
  })

  it('falls back to the console when the host refuses or is not there', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const reportMapProblem = createMapProblemReporter()
    reportMapProblem(() => Promise.reject(new Error('unavailable')), 'map-error', 'style broke')
    reportMapProblem(() => {
      throw new Error('no host')
    }, 'map-webgl')
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(2))
    expect(warn.mock.calls.map((c) => c.join(' '))).toEqual([
      expect.stringMatching(/\(map-webgl\); showing the sketch .*no host/),
      expect.stringMatching(/\(map-error\): style broke; showing the sketch .*unavailable/),
    ])
  })
})
