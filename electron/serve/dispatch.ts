import { KioskApiError } from '../../common/api/errors'
import type { ContractServices } from '../../common/api/contract'
import type { KioskServices } from '../services/kioskServices'

type Callable = (...args: unknown[]) => Promise<unknown>

/** Why a host cannot serve a method at all: the area is missing from this host's services. */
export class AreaUnavailable extends KioskApiError {
  constructor(readonly area: string) {
    super('unavailable', `this host offers no ${area}`)
    this.name = 'AreaUnavailable'
  }
}

/**
 * The service function behind one table entry. Both hosts call this after their own checks, so
 * the services the contract reaches are the same whichever host serves it. The parameter type
 * makes a KioskServices that lacks (or mistypes) a table method a compile error.
 */
export function serviceFunction(services: ContractServices, area: string, name: string): Callable {
  const areaServices = (services as unknown as Record<string, Record<string, unknown> | undefined>)[
    area
  ]
  if (areaServices === undefined) throw new AreaUnavailable(area)
  const fn = areaServices[name]
  if (typeof fn !== 'function') throw new AreaUnavailable(`${area}.${name}`)
  return (...args) => (fn as Callable).apply(areaServices, args)
}

/** Runs a parsed call; a `void` reply becomes `null`, the only "nothing" JSON and IPC agree on. */
export async function callService(
  services: KioskServices,
  area: string,
  name: string,
  args: readonly unknown[],
): Promise<unknown> {
  return (await serviceFunction(services, area, name)(...args)) ?? null
}
