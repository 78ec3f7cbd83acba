import { useEffect, useRef, type ComponentType } from 'react'
import type { KioskApi } from '../common/api/kioskApi'
import { AdminGate } from './admin/AdminGate'
import { HotlineBar } from './components/HotlineBar'
import { NightScreen, useNightScreen } from './components/NightScreen'
import { PreviewProblems } from './components/PreviewProblems'
import { StillThereDialog } from './components/StillThereDialog'
import { TopBar } from './components/TopBar'
import { useIdle } from './idle/useIdle'
import { useKeypad } from './keypad/useKeypad'
import { NavigationProvider } from './navigation/NavigationProvider'
import { PrintProvider } from './print/PrintProvider'
import { HOME, type Route } from './navigation/routes'
import { screens } from './navigation/screens'
import { useNavigation } from './navigation/useNavigation'
import { StaffUpdates } from './staff/StaffUpdates'
import { KioskProvider } from './state/KioskProvider'
import { useKiosk } from './state/useKiosk'
import { RecordVisits, StatsProvider } from './stats'

const ATTRACT: Route = { name: 'attract' }

/**
 * The visitor's screen: the current route's screen between the top bar and the hotline bar, plus
 * idle handling and the keypad. Moves focus to the new screen's heading and scrolls to the top on
 * every navigation, so a keypad or screen-reader user starts at the top of what they chose.
 */
function Shell() {
  const kiosk = useKiosk()
  const { route, back, home } = useNavigation()
  const mainRef = useRef<HTMLElement>(null)
  const night = useNightScreen()
  // At night the night screen stands in for the attract screen, with the hotline bar shown.
  const attract = route.name === 'attract' && !night.show
  const wakeUp = () => {
    night.dismiss()
    if (route.name === 'attract') home()
  }

  useKeypad(attract ? home : back)
  const idle = useIdle({
    enabled: !attract && !night.show,
    idleSeconds: kiosk.settings.idleSeconds,
    promptSeconds: kiosk.settings.stillThereSeconds,
    onExpire: kiosk.resetSession,
  })

  useEffect(() => {
    const main = mainRef.current
    if (!main) return
    main.scrollTop = 0
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
  }, [route])

  // TypeScript cannot relate `screens[route.name]` to `route`; the registry's type guarantees it.
  const Current = screens[route.name] as ComponentType<{ route: Route }>
  const prompting = idle.phase.kind === 'prompt'

  return (
    <div className={`app ${attract ? 'app-attract' : 'app-visitor'}`} data-route={route.name}>
      <div className="app-frame" inert={prompting}>
        {!attract && <TopBar />}
        {/* Focusable so a keyboard can scroll it even when a screen has no buttons (WCAG 2.1.1);
            the keypad scrolls it itself and skips it as a focus target. */}
        <RecordVisits />
        <main className="app-main" ref={mainRef} tabIndex={0} data-scroll-region="">
          {night.show ? <NightScreen onDismiss={wakeUp} /> : <Current route={route} />}
        </main>
        {!attract && <HotlineBar />}
      </div>
      {idle.phase.kind === 'prompt' && (
        <StillThereDialog
          secondsLeft={idle.phase.secondsLeft}
          onContinue={idle.resume}
          onRestart={kiosk.resetSession}
        />
      )}
    </div>
  )
}

/** A fresh navigation history per session: after an idle reset, the attract screen if enabled. */
function Session() {
  const { sessionId, settings } = useKiosk()
  const initial = sessionId > 0 && settings.attractScreen ? ATTRACT : HOME
  return (
    <NavigationProvider key={sessionId} initial={initial}>
      <Shell />
    </NavigationProvider>
  )
}

/** The whole renderer over one KioskApi (the real host's, or a fake in tests). */
export function App({ api }: { api: KioskApi }) {
  return (
    <>
      <KioskProvider api={api}>
        <StatsProvider api={api}>
          <PrintProvider api={api}>
            <AdminGate admin={api.admin}>
              <Session />
            </AdminGate>
          </PrintProvider>
          <StaffUpdates api={api} />
        </StatsProvider>
      </KioskProvider>
      {/* Outside the provider so it listens from the first render: the host sends a preview's
          problems as soon as the page connects, before the content has loaded. */}
      <PreviewProblems api={api} />
    </>
  )
}
