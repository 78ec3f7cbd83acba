export { Tile } from './Tile'
