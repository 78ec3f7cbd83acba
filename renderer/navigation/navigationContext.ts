import { createContext } from 'react'
import type { Route } from './routes'

export type Navigation = {
  route: Route
  navigate(r: Route): void
  back(): void
  home(): void
  canGoBack: boolean
}

export const NavigationContext = createContext<Navigation | undefined>(undefined)
