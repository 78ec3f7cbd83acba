import type { ComponentType } from 'react'
import type { Route, RouteName } from './routes'

/** Props every screen receives: its own route, narrowed to the screen's name. */
export type ScreenProps<N extends RouteName> = { route: Extract<Route, { name: N }> }

/** One component per route name; the compiler fails when a route has no screen. */
export type ScreenRegistry = { [N in RouteName]: ComponentType<ScreenProps<N>> }
