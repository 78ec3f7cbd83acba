export { ReadAloudButton } from './ReadAloudButton'
