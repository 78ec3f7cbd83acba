import { HomePage } from './HomePage'
import { ScreenPage } from './ScreenPage'

/** The calm loop shown after an idle reset: the whole screen is one "touch to start" button. */
export class AttractPage extends ScreenPage {
  readonly name = 'attract'

  async start(): Promise<HomePage> {
    await this.root.getByRole('button').first().tap()
    return new HomePage(this.app).shown()
  }
}
