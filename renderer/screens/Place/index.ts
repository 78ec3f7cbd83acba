export { PlaceScreen } from './PlaceScreen'
