// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { Settings } from '../../../common/settings/schema'
import { fakeKioskApi } from '../../test/fakeKioskApi'
import { oddContent } from '../../test/fixtures'
import { renderApp } from '../../test/renderKiosk'

const nightShift: Partial<Settings> = {
  nightSchedule: { from: '22:00', to: '06:00' },
  defaultLanguage: 'en',
}

const nightScreen = () => document.querySelector<HTMLElement>('[data-night-screen]')
const hotlineBar = () => document.querySelector('.hotline-bar')

/** Unmounts and clears the ready flag, so the next render really waits for its own start. */
function reset() {
  cleanup()
  delete document.body.dataset.ready
}

afterEach(reset)

describe('night screen on the visitor screen', () => {
  it('shows during night hours with the hotline bar still visible', async () => {
    await renderApp(
      fakeKioskApi({
        content: oddContent(),
        settings: nightShift,
        now: '2021-01-18T23:30:00+08:00',
      }),
    )
    expect(nightScreen()?.textContent).toContain('Help is available day and night')
    expect(hotlineBar()).not.toBeNull()
  })

  it('lets a visitor through with one touch', async () => {
    await renderApp(
      fakeKioskApi({
        content: oddContent(),
        settings: nightShift,
        now: '2021-01-18T05:59:00+08:00',
      }),
    )
    const button = nightScreen()?.querySelector('button')
    if (!button) throw new Error('no night screen button')
    await act(async () => {
      fireEvent.click(button)
    })
    expect(nightScreen()).toBeNull()
    expect(screen.getByRole('heading', { level: 1 })).toBeTruthy()
    expect(hotlineBar()).not.toBeNull()
  })

  it('does not show by day, nor when no night hours are set', async () => {
    await renderApp(
      fakeKioskApi({
        content: oddContent(),
        settings: nightShift,
        now: '2021-01-18T06:00:00+08:00',
      }),
    )
    expect(nightScreen()).toBeNull()
    reset()
    await renderApp(fakeKioskApi({ content: oddContent(), now: '2021-01-18T23:30:00+08:00' }))
    expect(nightScreen()).toBeNull()
  })
})
