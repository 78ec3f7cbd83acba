/**
 * A dependency on a service that is built later (two services that need each other): declared
 * with a name before the first service, connected exactly once after the second exists, and loud
 * — never silently undefined — if called before. Keeps a cycle in the composition root visible.
 */
export function lateBound<Args extends unknown[], R>(name: string) {
  let target: ((...args: Args) => R) | undefined
  return {
    connect(fn: (...args: Args) => R) {
      if (target) throw new Error(`${name} is already connected`)
      target = fn
    },
    call(...args: Args): R {
      if (!target) throw new Error(`${name} was called before it was connected`)
      return target(...args)
    },
  }
}
