export { PlaceList } from './PlaceList'
export { locationsForCategory, rankPlaces } from './rankPlaces'
