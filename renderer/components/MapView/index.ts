export { MapView } from './MapView'
export { useWalkGraph } from './useWalkGraph'
