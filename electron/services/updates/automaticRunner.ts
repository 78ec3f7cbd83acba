import type { Logger } from '../logger/logger'
import {
  installAutomatically,
  resumeTrial,
  type AutomaticDeps,
  type AutomaticOutcome,
} from './automaticInstall'
import type { HealthVerdict } from './healthGate'
import type { FoundPackage } from './sourceWatcher'
import type { VerifiedPackage } from './verifyPackage'

/** Unattended installs (issue 20) as the update service is told about them by its host. */
export interface AutomaticHooks {
  /** Null when an install may start now (nobody using the kiosk, inside the window), else why not. */
  whyWait(): Promise<string | null>
  /** The renderer's verdict on the content version now served. */
  healthCheck(version: number): Promise<HealthVerdict>
  /** Every automatic outcome (for the heartbeat, written after each). */
  onOutcome?(outcome: AutomaticOutcome): void
}

export interface AutomaticRunnerOptions {
  hooks: AutomaticHooks
  /** Built fresh for each install (settings such as the kiosk id may have changed). */
  deps(): Promise<AutomaticDeps>
  /** The update service's queue: one package is handled at a time. */
  serially<T>(task: () => Promise<T>): Promise<T>
  intervalMs: number
  logger?: Logger
}

export interface AutomaticRunner {
  /** A verified package from an automatic folder: installed once nobody uses the kiosk. */
  offer(found: FoundPackage, pkg: VerifiedPackage): void
  /** The package at `root` went away before it was installed. */
  forget(root: string): void
  /** Installs the waiting package now if nobody is using the kiosk. */
  tryNow(): Promise<AutomaticOutcome | null>
  /** Decides a trial left by a stop, then looks for a chance to install every `intervalMs`. */
  start(): void
  stop(): void
}

/** Holds the one package waiting for an unattended install and runs it when the kiosk is free. */
export function createAutomaticRunner(options: AutomaticRunnerOptions): AutomaticRunner {
  const { hooks } = options
  let waiting: { found: FoundPackage; pkg: VerifiedPackage } | undefined
  let timer: NodeJS.Timeout | undefined
  const logError = (what: string) => (err: unknown) =>
    options.logger?.({
      level: 'error',
      area: 'updates',
      message: `${what}: ${err instanceof Error ? err.message : String(err)}`,
    })

  const tryNow = () =>
    options.serially(async (): Promise<AutomaticOutcome | null> => {
      if (!waiting || (await hooks.whyWait()) !== null) return null
      const { found, pkg } = waiting
      waiting = undefined
      const outcome = await installAutomatically(await options.deps(), found, pkg)
      hooks.onOutcome?.(outcome)
      return outcome
    })

  return {
    offer(found, pkg) {
      waiting = { found, pkg }
    },
    forget(root) {
      if (waiting?.found.root === root) waiting = undefined
    },
    tryNow,
    start() {
      if (timer) return
      void options
        .serially(async () => {
          const outcome = await resumeTrial(await options.deps())
          if (outcome) hooks.onOutcome?.(outcome)
        })
        .catch(logError('could not decide the automatic install left on trial'))
      timer = setInterval(
        () => void tryNow().catch(logError('the automatic install failed')),
        options.intervalMs,
      )
      timer.unref?.()
    },
    stop() {
      clearInterval(timer)
      timer = undefined
    },
  }
}
