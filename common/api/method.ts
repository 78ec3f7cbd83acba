import { z } from 'zod'
import { adminSessionSchema } from '../admin/schemas'

/**
 * Who may call a method, which is also what protects it:
 * - `visitor`: anyone at the screen;
 * - `staff`: anyone at the screen, with the staff PIN checked by the service (updates);
 * - `admin-entry`: the doors into admin mode (status, first PIN, login, provisioning) — no session
 *   yet, by definition;
 * - `admin`: needs a live admin session. This is the default an administrator's method gets
 *   unless its entry says otherwise, and `session` is derived from it, never written by hand.
 */
export type Access = 'visitor' | 'staff' | 'admin-entry' | 'admin'

/** `admin` methods, and only they, take the admin session. */
type SessionOf<A extends Access> = A extends 'admin' ? true : false

/**
 * One KioskApi method as the contract table describes it. Everything a host or client needs is
 * derived from this: the IPC channel, the HTTP route, the argument check and the reply check.
 */
export interface MethodSpec<
  Args extends z.ZodTuple = z.ZodTuple,
  Result extends z.ZodType = z.ZodType,
  Session extends boolean = boolean,
> {
  /** Arguments after the session token (which `session` methods take first). */
  args: Args
  result: Result
  access: Access
  /** Needs a live admin session (derived from `access`): first argument over IPC, the header over HTTP. */
  session: Session
  /** Changes state or tells secrets: the browser host wants the launch token (and a POST). */
  token: boolean
  /** Largest HTTP body the browser host reads for this method (default: the host's cap). */
  maxBodyBytes?: number
}

/** The header that carries the admin session token to the browser host. */
export const ADMIN_SESSION_HEADER = 'x-kiosk-admin'
/** The header that carries the per-launch token to the browser host. */
export const LAUNCH_TOKEN_HEADER = 'x-kiosk-token'

/**
 * Builds a table entry. Protection follows from `access` alone: an `admin` method needs the
 * session; there is no separate flag to forget. `token` defaults to true (state or secrets).
 */
export function method<Args extends z.ZodTuple, Result extends z.ZodType, A extends Access>(spec: {
  args: Args
  result: Result
  access: A
  token?: boolean
  maxBodyBytes?: number
}): MethodSpec<Args, Result, SessionOf<A>> {
  return {
    ...spec,
    session: (spec.access === 'admin') as SessionOf<A>,
    token: spec.token ?? true,
  }
}

/** `rollbackContent` → `rollback-content`: the verb in channels and routes. */
export const verbOf = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/** The IPC channel of a method: `kiosk:<area>:<verb>`. */
export const channelOf = (area: string, name: string) => `kiosk:${area}:${verbOf(name)}`

/**
 * The browser host's route of a method: `/api/<area>/<verb>`. Methods that need neither token
 * nor arguments are plain GETs (the page may read them freely); all others are POSTs whose
 * JSON body is the argument list.
 */
export function routeOf(area: string, name: string, spec: MethodSpec) {
  const get = !spec.token && !spec.session && spec.args.def.items.length === 0
  return {
    path: `/api/${area}/${verbOf(name)}`,
    method: get ? ('GET' as const) : ('POST' as const),
  }
}

/** The whole argument list a host receives over IPC: the session first when the method needs one. */
export function fullArgsSchema(spec: MethodSpec): z.ZodTuple {
  return spec.session ? z.tuple([adminSessionSchema, ...spec.args.def.items]) : spec.args
}

/** Drops trailing `undefined`s (omitted optional arguments), which JSON would turn into null. */
export function trimArgs(args: readonly unknown[]): unknown[] {
  let end = args.length
  while (end > 0 && args[end - 1] === undefined) end -= 1
  return args.slice(0, end)
}

type SessionFirst<S, Rest extends readonly unknown[]> = S extends { session: true }
  ? [session: string, ...Rest]
  : Rest

/** A reply that is only ever `null` carries nothing: the caller sees `void`. */
type Reply<T> = [T] extends [null] ? void : T

/** A method as the renderer calls it. */
export type ClientFn<S extends MethodSpec> = (
  ...args: SessionFirst<S, z.input<S['args']>>
) => Promise<Reply<z.output<S['result']>>>

/** A method as a service implements it: parsed arguments in, the reply (or nothing) out. */
export type ServiceFn<S extends MethodSpec> = (
  ...args: SessionFirst<S, z.output<S['args']>>
) => Reply<z.input<S['result']>> | Promise<Reply<z.input<S['result']>>>

/** A contract table: area → method name → spec. */
export type ContractTable = Record<string, Record<string, MethodSpec>>

/** Every (area, name, spec) of a table, for the generic hosts and clients to loop over. */
export function methodsOf(table: ContractTable) {
  return Object.entries(table).flatMap(([area, methods]) =>
    Object.entries(methods).map(([name, spec]) => ({ area, name, spec })),
  )
}
