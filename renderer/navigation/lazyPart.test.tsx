// @vitest-environment jsdom
import { Component, type ReactNode } from 'react'
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../i18n'
import { lazyPart, preloadAfterReady, preloadLazyParts } from './lazyPart'

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

describe('lazyPart arriving while shown', () => {
  it('replaces "Loading…" in the commit after its code arrives', async () => {
    let arrive: (component: typeof Hello) => void = () => undefined
    const Part = lazyPart(() => new Promise<typeof Hello>((resolve) => (arrive = resolve)))
    render(<Part name="Di" />)
    expect(screen.getByRole('status')).toBeTruthy()
    await act(async () => arrive(Hello))
    expect(screen.getByText('Hello Di')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('gives a failed fetch to the error boundary, and fetches again when drawn again', async () => {
    let loads = 0
    const Part = lazyPart(() =>
      ++loads === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(Hello),
    )
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const first = render(
        <Boundary>
          <Part name="Ed" />
        </Boundary>,
      )
      expect(await screen.findByText('could not load: chunk missing')).toBeTruthy()
      first.unmount()
      render(<Part name="Ed" />)
      expect(await screen.findByText('Hello Ed')).toBeTruthy()
      expect(loads).toBe(2)
    } finally {
      error.mockRestore()
    }
  })
})

class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {}
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? (
      <p>could not load: {this.state.error.message}</p>
    ) : (
      this.props.children
    )
  }
}

describe('preloading after the first screen', () => {
  it("fetches the visitor's screens in one idle time, and staff parts with the rest in the next", async () => {
    const fetched: string[] = []
    const part = (name: string, wave?: 'staff') =>
      lazyPart(() => {
        fetched.push(name)
        return Promise.resolve(Hello)
      }, wave)
    part('admin', 'staff')
    part('service screen')
    const frames: FrameRequestCallback[] = []
    const idle: (() => void)[] = []
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb))
    Object.assign(window, {
      requestIdleCallback: (cb: () => void) => idle.push(cb),
    })
    const languages = vi.fn(() => Promise.resolve())
    const flush = () => act(() => Promise.resolve())
    try {
      document.body.dataset.ready = 'true'
      document.body.dataset.directory = 'waiting'
      preloadAfterReady(document, languages)
      await flush()
      // Not before the directory is in: a first tap to a need waits for it, not for these.
      expect(frames).toEqual([])
      document.body.dataset.directory = 'in'
      await flush()
      // Not before the first screen's frame has been painted.
      expect(fetched).toEqual([])
      frames.shift()?.(0)
      frames.shift()?.(0)
      await flush()
      expect(fetched).toEqual([])
      idle.shift()?.()
      await flush()
      expect(fetched.filter((n) => n === 'service screen' || n === 'admin')).toEqual([
        'service screen',
      ])
      expect(languages).not.toHaveBeenCalled()
      idle.shift()?.()
      await flush()
      expect(fetched).toContain('admin')
      expect(languages).toHaveBeenCalledTimes(1)
    } finally {
      vi.restoreAllMocks()
      delete document.body.dataset.ready
      delete document.body.dataset.directory
      Reflect.deleteProperty(window, 'requestIdleCallback')
    }
  })
})
