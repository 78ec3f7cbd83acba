import { useEffect, useRef, type ComponentType } from 'react'
import type { KioskApi } from '../common/api/kioskApi'
import { AdminGate } from './admin/AdminGate'
import { DrawWholeContext } from './components/AfterFirstFrame'
import { DirectoryWait } from './components/DirectoryWait'
import { HotlineBar } from './components/HotlineBar'
import { NotFound } from './components/NotFound'
import { HealthProbe } from './fleet/HealthProbe'
import { ScreenBoundary } from './fleet/ScreenBoundary'
import { useActivityReport } from './fleet/useActivityReport'
import { NightScreen, useNightScreen } from './components/NightScreen'
import { PreviewProblems } from './components/PreviewProblems'
import { StillThereDialog } from './components/StillThereDialog'
import { TopBar } from './components/TopBar'
import { useIdle } from './idle/useIdle'
import { findMark, firstControl, markOf, type FocusMark } from './keypad/focusMemory'
import { useKeypad } from './keypad/useKeypad'
import { useLastInputWasKey } from './keypad/useLastInputWasKey'
import { NavigationProvider } from './navigation/NavigationProvider'
import { Rehearsal } from './navigation/Rehearsal'
import { PrintProvider } from './print/PrintProvider'
import { HOME, type Route } from './navigation/routes'
import { DRAWN_WITHOUT_DIRECTORY, screens } from './navigation/screens'
import { useNavigation } from './navigation/useNavigation'
import { StaffUpdates } from './staff/StaffUpdates'
import { KioskProvider } from './state/KioskProvider'
import { useKiosk } from './state/useKiosk'
import { AudioModeProvider } from './speech/audioMode/AudioModeProvider'
import { SpeechProvider } from './speech/SpeechProvider'
import { RecordVisits, StatsProvider } from './stats'

const ATTRACT: Route = { name: 'attract' }

/**
 * The visitor's screen: the current route's screen between the top bar and the hotline bar, plus
 * idle handling and the keypad. On every navigation it scrolls to the top and moves focus: a
 * keypad visitor lands on the screen's first control (with its focus ring), or, coming Back, on
 * the control they left from; a touch visitor on the heading, so a screen reader starts there.
 */
function Shell({ updates }: { updates: KioskApi['updates'] }) {
  const kiosk = useKiosk()
  const { route, back, home, depth } = useNavigation()
  const mainRef = useRef<HTMLElement>(null)
  const keyboard = useLastInputWasKey()
  const marks = useRef(new Map<number, FocusMark>())
  const shownDepth = useRef(depth)
  const night = useNightScreen()
  // Just after start-up the directory may still be on its way: a screen listing services or
  // places says so for that moment rather than showing none.
  const waiting = kiosk.directory !== 'in' && !DRAWN_WITHOUT_DIRECTORY.has(route.name)
  // At night the night screen stands in for the attract screen, with the hotline bar shown.
  const attract = route.name === 'attract' && !night.show
  const wakeUp = () => {
    night.dismiss()
    if (route.name === 'attract') home()
  }

  useKeypad(attract ? home : back)
  // The attract or night screen means nobody is there: automatic installs may run (issue 20).
  useActivityReport(updates, attract || night.show)
  const idle = useIdle({
    enabled: !attract && !night.show,
    idleSeconds: kiosk.settings.idleSeconds,
    promptSeconds: kiosk.settings.stillThereSeconds,
    onExpire: kiosk.resetSession,
  })

  // Remember the control focused on this screen, for when the visitor comes Back to it.
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      const root = mainRef.current?.querySelector('[data-screen]')
      const mark = root && event.target instanceof Element && markOf(event.target, root)
      if (mark) marks.current.set(depth, mark)
    }
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [depth])

  useEffect(() => {
    const main = mainRef.current
    if (!main) return
    const cameBack = depth < shownDepth.current
    shownDepth.current = depth
    main.scrollTop = 0
    const root = main.querySelector('[data-screen]')
    const mark = cameBack ? marks.current.get(depth) : undefined
    if (!cameBack) marks.current.delete(depth)
    const target =
      root && mark
        ? findMark(root, mark)
        : root && keyboard.current
          ? firstControl(root)
          : undefined
    if (target) {
      target.focus({ preventScroll: true })
      target.scrollIntoView({ block: 'nearest' })
      return
    }
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
    // depth changes with route; the route (or the directory's arrival) is what makes a new screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route, waiting])

  // A new screen may draw its lower parts a frame late (AfterFirstFrame), except when focus is
  // about to land on a control that could be among them: a keypad visitor's first control, or
  // the control a visitor coming Back left from. Asked while the new screen renders, before the
  // route effect above has recorded its depth.
  const drawWhole = () => keyboard.current || depth < shownDepth.current

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
          {night.show ? (
            <NightScreen onDismiss={wakeUp} />
          ) : (
            <DrawWholeContext.Provider value={drawWhole}>
              <ScreenBoundary key={JSON.stringify(route)} fallback={<NotFound name={route.name} />}>
                {waiting ? (
                  <DirectoryWait failed={kiosk.directory === 'failed'} />
                ) : (
                  <Current route={route} />
                )}
              </ScreenBoundary>
            </DrawWholeContext.Provider>
          )}
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

/**
 * A fresh navigation history and audio mode per session: after an idle reset, the attract screen
 * if enabled, speech off and the visitor's speed and volume back to the kiosk's.
 */
function Session({ api }: { api: KioskApi }) {
  const { sessionId, settings } = useKiosk()
  const initial = sessionId > 0 && settings.attractScreen ? ATTRACT : HOME
  return (
    <>
      <NavigationProvider key={sessionId} initial={initial}>
        <AudioModeProvider>
          <Shell updates={api.updates} />
          {/* Each kind of screen drawn once off the page while idle, so no first tap is cold. */}
          <Rehearsal />
        </AudioModeProvider>
      </NavigationProvider>
      {/* Outside the session key: an idle reset must not cut a health check short. */}
      <HealthProbe api={api} />
    </>
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
              <SpeechProvider>
                <Session api={api} />
              </SpeechProvider>
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
