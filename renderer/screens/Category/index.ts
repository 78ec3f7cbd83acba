export { CategoryScreen } from './CategoryScreen'
