import { useContext } from 'react'
import { NavigationContext, type Navigation } from './navigationContext'

/** The current route and the moves a visitor can make; needs a NavigationProvider above it. */
export function useNavigation(): Navigation {
  const nav = useContext(NavigationContext)
  if (nav === undefined) throw new Error('useNavigation() needs a <NavigationProvider> above it')
  return nav
}
