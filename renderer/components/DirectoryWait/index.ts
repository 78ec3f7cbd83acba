export { DirectoryWait } from './DirectoryWait'
