// Side-effect module, imported first by main.tsx: asks the host for content, settings and the
// clock while the rest of the start-up bundle (React, the screens) is still being evaluated.
import { kioskApi } from '../api'
import { startFirstLoad } from './firstLoad'

startFirstLoad(kioskApi)
