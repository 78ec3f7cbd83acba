import { act, render, screen, type RenderResult } from '@testing-library/react'
import { vi } from 'vitest'
import type { ComponentType } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import { App } from '../App'
import '../i18n'
import { preloadLazyParts } from '../navigation/lazyPart'
import { NavigationProvider } from '../navigation/NavigationProvider'
import type { Route } from '../navigation/routes'
import { screens } from '../navigation/screens'
import { KioskProvider } from '../state/KioskProvider'
import { useKiosk } from '../state/useKiosk'
import { useNavigation } from '../navigation/useNavigation'

function CurrentScreen() {
  const { route } = useNavigation()
  // As the shell does: a screen is drawn from the whole dataset, once its directory is in.
  if (useKiosk().directory !== 'in') return null
  // Same correlation the app shell relies on: the registry maps each name to its own screen.
  const Current = screens[route.name] as ComponentType<{ route: Route }>
  return <Current route={route} />
}

/** Renders one screen (no shell) over a fake host and waits until content has loaded. */
export async function renderScreen(api: KioskApi, route: Route): Promise<RenderResult> {
  // As in the app after start-up: every screen's code is loaded before a visitor taps.
  await preloadLazyParts()
  const result = render(
    <KioskProvider api={api}>
      <NavigationProvider initial={route}>
        <CurrentScreen />
      </NavigationProvider>
    </KioskProvider>,
  )
  await untilDirectoryIn()
  await screen.findByRole('heading', { level: 1 })
  return result
}

/**
 * Waits until the content's directory is in, as it is before a visitor's first tap: the app asks
 * for it two animation frames after home (KioskProvider). Lets frames pass under fake timers too.
 */
export async function untilDirectoryIn(): Promise<void> {
  // Real time: up to 10 s (loading content and strings takes over 1 s on a busy CI machine).
  const until = Date.now() + 10_000
  for (let i = 0; document.body.dataset.directory !== 'in'; i++) {
    if (vi.isFakeTimers() ? i >= 100 : Date.now() > until) break
    await act(async () => {
      if (vi.isFakeTimers()) vi.advanceTimersByTime(16)
      else await new Promise((frame) => requestAnimationFrame(frame))
    })
  }
  if (document.body.dataset.directory !== 'in') throw new Error('the directory never came in')
}

/**
 * Renders the whole app over a fake host and waits until the first screen is up and (unless
 * told not to) the directory is in. Waits by flushing promises and frames rather than polling, so it also works
 * under fake timers.
 */
export async function renderApp(
  api: KioskApi,
  { untilDirectory = true }: { untilDirectory?: boolean } = {},
): Promise<RenderResult> {
  await preloadLazyParts()
  const result = render(<App api={api} />)
  for (let i = 0; i < 20 && document.body.dataset.ready !== 'true'; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
  if (document.body.dataset.ready !== 'true') throw new Error('the app never became ready')
  if (untilDirectory) await untilDirectoryIn()
  return result
}
