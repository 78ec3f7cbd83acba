// Before everything else: the three host requests start now, in parallel with loading the app.
import './state/startEarly'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// Fonts ship with the app (no network at a station). Only the scripts the kiosk shows, in the two
// weights it uses: Simplified Chinese + Latin from Noto Sans SC, Hangul from Noto Sans KR.
import '@fontsource/noto-sans-sc/latin-400.css'
import '@fontsource/noto-sans-sc/latin-700.css'
import '@fontsource/noto-sans-sc/chinese-simplified-400.css'
import '@fontsource/noto-sans-sc/chinese-simplified-700.css'
import '@fontsource/noto-sans-kr/korean-400.css'
import '@fontsource/noto-sans-kr/korean-700.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/screens.css'
import { loadAllLanguages } from './i18n'
import { kioskApi } from './api'
import { App } from './App'
import { preloadAfterReady, whenBodySays } from './navigation/lazyPart'
import { runWhenIdle, warmUpSteps } from './navigation/warmUp'
import { firstLoadSettled } from './state/firstLoad'

/**
 * How long the first render waits for the host's first replies (asked for by startEarly, usually
 * there before this module runs): home then comes in React's first render. A host slower than
 * this gets the "Loading…" screen meanwhile, as before.
 */
const FIRST_RENDER_WAIT_MS = 300

const root = document.getElementById('root')
if (root === null) throw new Error('index.html has no #root element')
void firstLoadSettled(kioskApi, FIRST_RENDER_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App api={kioskApi} />
    </StrictMode>,
  ),
)
// Once the first screen is up, fetch the other screens' code and languages, and warm what a first
// visit would build (formatters, the QR encoder, a rehearsal of each screen), so no tap waits for
// them; the warm-up once the directory is in, as the screens it rehearses list from it.
const warmUp = () =>
  whenBodySays(document, 'directory', 'in').then(() => runWhenIdle(window, warmUpSteps()))
preloadAfterReady(document, loadAllLanguages, warmUp)
