import { ScreenPage } from './ScreenPage'

/** One notice in full. */
export class NoticePage extends ScreenPage {
  readonly name = 'notice'
}
