// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { fakeKioskApi } from '../test/fakeKioskApi'
import { LONG_NAME, oddContent } from '../test/fixtures'
import { renderScreen } from '../test/renderKiosk'

afterEach(cleanup)

const english = { defaultLanguage: 'en' as const }

describe('odd content renders sensibly', () => {
  it('a service with no locations, no phones and only Chinese text', async () => {
    const api = fakeKioskApi({ content: oddContent(), settings: english })
    await renderScreen(api, { name: 'service', serviceId: 'chinese-only' })

    const title = screen.getByRole('heading', { level: 1 })
    expect(title.textContent).toContain(LONG_NAME)
    expect(within(title).getByText('shown in Chinese')).toBeTruthy()
    expect(title.querySelector('[lang="zh-Hans"]')?.textContent).toBe(LONG_NAME)

    expect(
      screen.getByText('No office is listed. Call the hotline to ask where to go.'),
    ).toBeTruthy()
    expect(screen.getByText('¥1,000')).toBeTruthy()
    expect(screen.getByText('per person')).toBeTruthy()
    expect(screen.getByText('Information checked on January 12, 2021')).toBeTruthy()
    // No own phone: the hotline of its category (money → civil affairs) is offered instead.
    const phones = screen.getByRole('heading', { name: 'Phone for questions' }).parentElement
    expect(phones?.textContent).toContain('0431-8888-1234')
  })

  it('a category with nothing in force is not shown; a visitor still there is sent home', async () => {
    const api = fakeKioskApi({ content: oddContent(), settings: english })
    await renderScreen(api, { name: 'category', categoryId: 'empty-need' })

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This page is no longer available.',
    )
    expect(screen.getByRole('button', { name: 'Back to the start' })).toBeTruthy()
  })

  it('a category lists its services and its own hotline first', async () => {
    const api = fakeKioskApi({ content: oddContent(), settings: english })
    await renderScreen(api, { name: 'category', categoryId: 'shelter' })

    expect(screen.queryByText(/Nothing is listed here/)).toBeNull()
    expect(screen.getByRole('button', { name: /Rescue station/ })).toBeTruthy()
    const hotlines = screen.getByRole('heading', { name: 'Call for help' }).parentElement
    expect(hotlines?.querySelector('.phone-number')?.textContent).toBe('110')
  })

  it('an id that no longer exists shows a way home instead of crashing', async () => {
    const api = fakeKioskApi({ content: oddContent(), settings: english })
    await renderScreen(api, { name: 'service', serviceId: 'gone' })
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'This page is no longer available.',
    )
    expect(screen.getByRole('button', { name: 'Back to the start' })).toBeTruthy()
  })
})

describe('home', () => {
  it('puts crisis needs first and shows 120 on the medical tile', async () => {
    const api = fakeKioskApi({ content: oddContent(), settings: english })
    await renderScreen(api, { name: 'home' })

    const urgent = screen.getByRole('heading', { name: 'Urgent help' }).parentElement
    const crisis = within(urgent as HTMLElement).getAllByRole('button')
    expect(crisis.map((b) => b.querySelector('.tile-label')?.textContent)).toEqual([
      'Medical emergency',
      'A bed tonight',
    ])
    expect(crisis[0]?.querySelector('.tile-call-number')?.textContent).toBe('120')
  })

  it('shows a notice only while it is valid by the host clock', async () => {
    const during = fakeKioskApi({
      content: oddContent(),
      settings: english,
      now: '2021-01-20T23:00:00+08:00',
    })
    await renderScreen(during, { name: 'home' })
    expect(screen.getByRole('button', { name: /Cold wave/ })).toBeTruthy()
    cleanup()

    const after = fakeKioskApi({
      content: oddContent(),
      settings: english,
      now: '2021-01-21T00:30:00+08:00',
    })
    await renderScreen(after, { name: 'home' })
    expect(screen.queryByRole('button', { name: /Cold wave/ })).toBeNull()
  })
})
