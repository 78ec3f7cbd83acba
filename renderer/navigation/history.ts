import { HOME, type Route } from './routes'

/**
 * The visitor's trail as a stack. Pure functions so the rules are testable: going home or to the
 * attract screen drops the trail (Back from home would only confuse), and the stack never empties.
 */
export type History = readonly Route[]

export function push(history: History, route: Route): History {
  if (route.name === 'home' || route.name === 'attract') return [route]
  const top = history[history.length - 1]
  if (top !== undefined && JSON.stringify(top) === JSON.stringify(route)) return history
  return [...history, route]
}

export function pop(history: History): History {
  return history.length > 1 ? history.slice(0, -1) : history
}

export function current(history: History): Route {
  return history[history.length - 1] ?? HOME
}
