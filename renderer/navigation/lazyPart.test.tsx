// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../i18n'
import { lazyPart, preloadLazyParts } from './lazyPart'

afterEach(cleanup)

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>
}

describe('lazyPart', () => {
  it('fetches its code on first render, then renders it', async () => {
    let loads = 0
    const Part = lazyPart(() => {
      loads++
      return Promise.resolve(Hello)
    })
    render(<Part name="Ana" />)
    expect(screen.queryByText('Hello Ana')).toBeNull()
    // Until it arrives, a polite status in the visitor's language stands in its place.
    expect(screen.getByRole('status').textContent).toBe(i18n.t('app.loading'))
    expect(i18n.t('app.loading')).not.toBe('app.loading')
    expect(await screen.findByText('Hello Ana')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
    expect(loads).toBe(1)
  })

  it('renders synchronously once preloaded, fetching only once', async () => {
    let loads = 0
    const Part = lazyPart(() => {
      loads++
      return Promise.resolve(Hello)
    })
    await preloadLazyParts()
    render(<Part name="Bo" />)
    expect(screen.getByText('Hello Bo')).toBeTruthy()
    expect(loads).toBe(1)
  })

  it('tries again after a failed fetch', async () => {
    let loads = 0
    const Part = lazyPart(() =>
      ++loads === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(Hello),
    )
    await preloadLazyParts()
    expect(loads).toBe(1)
    await act(() => preloadLazyParts())
    render(<Part name="Cy" />)
    expect(screen.getByText('Hello Cy')).toBeTruthy()
    expect(loads).toBe(2)
  })
})
