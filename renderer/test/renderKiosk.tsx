import { act, render, screen, type RenderResult } from '@testing-library/react'
import type { ComponentType } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import { App } from '../App'
import '../i18n'
import { preloadLazyParts } from '../navigation/lazyPart'
import { NavigationProvider } from '../navigation/NavigationProvider'
import type { Route } from '../navigation/routes'
import { screens } from '../navigation/screens'
import { KioskProvider } from '../state/KioskProvider'
import { useNavigation } from '../navigation/useNavigation'

function CurrentScreen() {
  const { route } = useNavigation()
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
  await screen.findByRole('heading', { level: 1 })
  return result
}

/**
 * Renders the whole app over a fake host and waits until the first screen is up. Waits by
 * flushing promises rather than polling, so it also works under fake timers.
 */
export async function renderApp(api: KioskApi): Promise<RenderResult> {
  await preloadLazyParts()
  const result = render(<App api={api} />)
  for (let i = 0; i < 20 && document.body.dataset.ready !== 'true'; i++) {
    await act(async () => {
      await Promise.resolve()
    })
  }
  if (document.body.dataset.ready !== 'true') throw new Error('the app never became ready')
  return result
}
