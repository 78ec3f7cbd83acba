export { Icon, type IconName, type ActionIcon } from './Icon'
