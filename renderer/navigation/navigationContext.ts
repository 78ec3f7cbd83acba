import { createContext } from 'react'
import type { Route } from './routes'

export type Navigation = {
  route: Route
  navigate(r: Route): void
  back(): void
  home(): void
  canGoBack: boolean
  /** How many screens deep the visitor is (1 at home): Back returns focus by it. */
  depth: number
}

export const NavigationContext = createContext<Navigation | undefined>(undefined)
