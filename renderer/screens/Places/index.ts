export { PlacesScreen } from './PlacesScreen'
