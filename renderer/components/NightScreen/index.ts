export { NightScreen } from './NightScreen'
export { useNightScreen } from './useNightScreen'
