export { PackageReview } from './PackageReview'
