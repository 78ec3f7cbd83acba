// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
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
    expect(await screen.findByText('Hello Ana')).toBeTruthy()
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
