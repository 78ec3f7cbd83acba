import type { Area, AreaApi, KioskContract, OptionalArea } from './contract'
import { kioskContract } from './contract'
import { openEnvelope, type Envelope } from './errors'
import type { KioskApi } from './kioskApi'
import { methodsOf } from './method'

type Promised<F> = F extends (...args: infer P) => Promise<infer R>
  ? (...args: P) => Promise<Envelope<R extends void ? null : R>>
  : never

/** One area as the preload exposes it: the same named functions, each answering an envelope. */
export type BridgeArea<A extends Area> = {
  [M in keyof KioskContract[A]]: Promised<AreaApi<A>[M & keyof AreaApi<A>]>
}

/**
 * `window.kiosk` as the Electron preload exposes it: one named function per table method (never
 * a generic invoke), each resolving to an envelope rather than rejecting — contextBridge keeps
 * only an error's message, so the contract's error code must cross as data.
 */
export type KioskBridge = { [A in Exclude<Area, OptionalArea>]: BridgeArea<A> } & {
  [A in OptionalArea]?: BridgeArea<A>
} & { events: KioskApi['events'] }

type Opener = (...args: unknown[]) => Promise<Envelope<unknown>>

/**
 * The KioskApi over the preload's bridge: each reply opened, a failure thrown as the contract's
 * `KioskApiError` with its code — the same error the HTTP client throws for the browser host.
 */
export function kioskApiOverBridge(bridge: KioskBridge): KioskApi {
  const raw = bridge as unknown as Record<string, Record<string, Opener> | undefined>
  const areas: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {}
  for (const { area, name } of methodsOf(kioskContract)) {
    const fn = raw[area]?.[name]
    if (!fn) continue
    areas[area] = {
      ...areas[area],
      [name]: async (...args: unknown[]) => openEnvelope(await fn(...args)),
    }
  }
  // The table's types say each function matches its entry; the loop cannot show it.
  return { ...areas, events: bridge.events } as unknown as KioskApi
}
