import { useEffect, useRef, useState, type ComponentType } from 'react'
import type { KioskApi } from '../../common/api/kioskApi'
import type { HealthReport } from '../../common/fleet/health'
import { NavigationProvider } from '../navigation/NavigationProvider'
import { HOME, type Route } from '../navigation/routes'
import { screens } from '../navigation/screens'
import { useKiosk } from '../state/useKiosk'
import { armTestFaults } from './faultHook'
import { ScreenBoundary } from './ScreenBoundary'

type Job = {
  version: number
  startedAt: number
  /** Home first, then one route per need tile. */
  routes: Route[]
  step: number
  homeReady: boolean
  tilesOpened: number
  problems: string[]
}

const nameOf = (route: Route) =>
  route.name === 'category' ? `need tile "${route.categoryId}"` : 'the home screen'

/** Runs once after the screen above it committed (remounted per step): the probe checks the DOM. */
function Rendered({ onRendered }: { onRendered(): void }) {
  const once = useRef(onRendered)
  useEffect(() => once.current(), [])
  return null
}

/**
 * The renderer's half of the health-checked commit (issue 20). When the host asks about a content
 * version, waits until that version is the one loaded, then renders the home screen and every
 * need tile's screen one after the other with the real screen components, off-screen (`hidden`,
 * so nothing shows and a visitor in the middle of a session is not disturbed), and reports what
 * rendered. A screen that throws, or renders nothing, fails the check and the host rolls back.
 */
export function HealthProbe({ api }: { api: Pick<KioskApi, 'updates' | 'events'> }) {
  const { content, directory } = useKiosk()
  const [asked, setAsked] = useState<{ version: number; at: number } | undefined>(undefined)
  const [job, setJob] = useState<Job | undefined>(undefined)
  const box = useRef<HTMLDivElement>(null)
  const updates = api.updates

  useEffect(
    () =>
      api.events.subscribe((notice) => {
        if (notice.kind !== 'health-check') return
        armTestFaults(notice.testFaults)
        const at = Date.now()
        setAsked((a) =>
          a?.version === notice.contentVersion ? a : { version: notice.contentVersion, at },
        )
      }),
    [api],
  )

  // Start once the asked version is on screen (the content reload may come just after the ask),
  // with its directory: the need screens list its services.
  const onScreen = directory === 'in' && asked?.version === content.dataset.contentVersion
  if (asked && onScreen && job?.version !== asked.version) {
    const needs = content.categories.map((c): Route => ({ name: 'category', categoryId: c.id }))
    setJob({
      version: asked.version,
      startedAt: asked.at,
      routes: [HOME, ...needs],
      step: 0,
      homeReady: false,
      tilesOpened: 0,
      problems: [],
    })
  }

  const finish = (done: Job) => {
    setAsked(undefined)
    setJob(undefined)
    const report: HealthReport = {
      contentVersion: done.version,
      ok: done.problems.length === 0,
      homeReady: done.homeReady,
      tilesOpened: done.tilesOpened,
      tilesTotal: done.routes.length - 1,
      ...(done.problems.length > 0 ? { problem: done.problems.join('; ').slice(0, 500) } : {}),
      elapsedMs: Math.min(3_600_000, Date.now() - done.startedAt),
    }
    void updates?.reportHealth(report).catch(() => {
      // No answer reaches the host: it times out and rolls back, which is the safe side.
    })
  }

  const advance = (j: Job, outcome: { ok: true } | { ok: false; problem: string }) => {
    const next: Job = {
      ...j,
      step: j.step + 1,
      homeReady: j.step === 0 ? outcome.ok : j.homeReady,
      tilesOpened: j.tilesOpened + (j.step > 0 && outcome.ok ? 1 : 0),
      problems: outcome.ok ? j.problems : [...j.problems, outcome.problem],
    }
    if (next.step >= next.routes.length) finish(next)
    else setJob(next)
  }

  if (!job || !updates) return null
  const route = job.routes[job.step]!
  const Screen = screens[route.name] as ComponentType<{ route: Route }>
  const onRendered = () => {
    const drawn = box.current?.querySelector(`[data-screen="${route.name}"]:not([data-missing])`)
    advance(job, drawn ? { ok: true } : { ok: false, problem: `${nameOf(route)} rendered nothing` })
  }
  return (
    <div hidden ref={box} data-health-probe={job.version}>
      <ScreenBoundary
        key={job.step}
        fallback={null}
        onError={(error) =>
          advance(job, { ok: false, problem: `${nameOf(route)} did not open: ${error.message}` })
        }
      >
        <NavigationProvider initial={route}>
          <Screen route={route} />
          <Rendered onRendered={onRendered} />
        </NavigationProvider>
      </ScreenBoundary>
    </div>
  )
}
