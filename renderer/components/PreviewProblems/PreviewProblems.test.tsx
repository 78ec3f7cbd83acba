// @vitest-environment jsdom
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostNotice } from '../../../common/api/kioskApi'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { oddContent } from '../../test/fixtures'
import { renderApp } from '../../test/renderKiosk'

afterEach(() => {
  cleanup()
  delete document.body.dataset.ready
})

describe('the author preview’s problems panel', () => {
  it('appears while the previewed file has problems and goes once it is fixed', async () => {
    const listeners = new Set<(n: HostNotice) => void>()
    const api = {
      ...fakeKioskApi({ content: oddContent(), settings: { defaultLanguage: 'en' } }),
      events: {
        subscribe: (l: (n: HostNotice) => void) => (listeners.add(l), () => listeners.delete(l)),
      },
    }
    await renderApp(api)
    const send = (n: HostNotice) => act(() => listeners.forEach((l) => l(n)))
    expect(screen.queryByRole('alert')).toBeNull()

    const problem = { severity: 'error' as const, path: '电话!C4', message: 'must be a number' }
    send({ kind: 'preview-problems', file: 'content.xlsx', problems: [problem] })
    const panel = screen.getByRole('alert')
    expect(panel.textContent).toContain('The previewed file content.xlsx has 1 problem')
    expect(panel.textContent).toContain('电话!C4 must be a number')
    expect(document.querySelector('[data-ready="true"]')).not.toBeNull()

    send({ kind: 'preview-problems', file: 'content.xlsx', problems: [] })
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
