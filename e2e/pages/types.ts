export type { Content, Language, LocalizedText } from '../../common/content/schema'
export type { RouteName } from '../../renderer/navigation/routes'
