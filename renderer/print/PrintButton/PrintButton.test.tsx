// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { PrinterStatus } from '../../../common/print/printApi'
import type { PrintApi } from '../../../common/print/printArea'
import { i18n, loadResources } from '../../i18n'
import { PrintContext } from '../printContext'
import { testContent, testLocation } from '../../share/placesTestContent'
import { renderWithKiosk } from '../../share/placesTestRender'
import { placeSlip } from '../slipContent'
import { PrintButton } from './PrintButton'

// jsdom has no canvas; the drawing is checked end to end in e2e/printing.spec.ts.
vi.mock('../drawSlip', () => ({
  drawSlip: async () => ({ width: 576, height: 1, bits: 'A'.repeat(96) }),
}))

afterEach(cleanup)
beforeAll(async () => {
  const resources = await loadResources()
  for (const [lang, bundles] of Object.entries(resources))
    for (const [ns, tree] of Object.entries(bundles)) i18n.addResourceBundle(lang, ns, tree)
})

const place = testLocation({ id: 'warm', name: { 'zh-Hans': '避寒点', en: 'Warming point' } })
const content = testContent({ locations: [place] })
const ready: PrinterStatus = {
  kind: 'device',
  ready: true,
  paperLow: false,
  paperWidth: 80,
  dots: 576,
  sessionLeft: 3,
  hourLeft: 30,
}

function fakePrint(status: PrinterStatus, print?: PrintApi['printSlip']): PrintApi {
  return {
    status: vi.fn(async () => status),
    printSlip: vi.fn(print ?? (async () => ({ ok: true as const, status }))),
    printTest: vi.fn(),
  }
}

async function show(api: PrintApi) {
  renderWithKiosk(
    <PrintContext.Provider value={{ api, visit: 'visit-0001' }}>
      <PrintButton kind="place" slip={(ctx) => placeSlip(place, ctx)} />
    </PrintContext.Provider>,
    { content, lang: 'en' },
  )
  await act(async () => undefined)
}

describe('PrintButton', () => {
  it('is not there without a printer', async () => {
    await show(fakePrint({ ...ready, kind: 'none', ready: false, fault: 'none' }))
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('is not there while the printer is offline', async () => {
    await show(fakePrint({ ...ready, ready: false, fault: 'offline' }))
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('prints for this visit and says so; a fault becomes one sentence', async () => {
    const api = fakePrint(ready, async () => ({
      ok: false,
      fault: 'paper-out',
      status: { ...ready, ready: false, fault: 'paper-out' },
    }))
    await show(api)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Print' })))
    expect(api.printSlip).toHaveBeenCalledWith(
      expect.objectContaining({ visit: 'visit-0001', kind: 'place' }),
    )
    expect(screen.getByRole('status').textContent).toMatch(/out of paper.*scan the QR code/)
    expect(screen.queryByRole('button')).toBeNull()
  })

  it('past the per-visit limit the button stays, disabled, and says why', async () => {
    await show(fakePrint({ ...ready, ready: false, fault: 'limit-session', sessionLeft: 0 }))
    expect(screen.getByRole('button', { name: 'Print' })).toHaveProperty('disabled', true)
    expect(screen.getByRole('status').textContent).toMatch(/as many slips as one visit allows/)
  })
})
