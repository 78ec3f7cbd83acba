export { LocalText } from './LocalText'
