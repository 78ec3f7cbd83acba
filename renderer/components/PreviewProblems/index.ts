export { PreviewProblems } from './PreviewProblems'
