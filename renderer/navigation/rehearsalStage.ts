/**
 * Where a rehearsal draws (Rehearsal.tsx): on the page, so the browser styles and lays it out as
 * it would the real screen — fonts fetched, glyphs shaped, style rules matched once — yet seen by
 * nobody. The host is hidden, inert and out of the accessibility tree (`.rehearsal-stage` in
 * layout.css); what is drawn lives in a closed shadow root, so the page's own queries
 * (`[data-screen]`, read-aloud, the shell's focus), tests and axe never find it. The shadow root
 * holds copies of the page's style sheets (the same files, from the cache) and the shell's
 * frame, so the screen's rules match as in the shell.
 */
export type RehearsalStage = {
  /** Where the rehearsed screen is rendered (a React portal's container). */
  container: HTMLElement
  /** Puts the stage on the page with every style sheet the page has now (lazy screens add some). */
  show(): void
  /** Takes the stage off the page. */
  hide(): void
}

const STYLE_SHEETS = 'link[rel="stylesheet"], style'

export function createRehearsalStage(doc: Document): RehearsalStage {
  const host = doc.createElement('div')
  host.className = 'rehearsal-stage'
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  const root = host.attachShadow({ mode: 'closed' })
  const sheets = doc.createElement('div')
  const app = doc.createElement('div')
  app.className = 'app app-visitor'
  const frame = app.appendChild(doc.createElement('div'))
  frame.className = 'app-frame'
  const main = frame.appendChild(doc.createElement('main'))
  main.className = 'app-main'
  const container = main.appendChild(doc.createElement('div'))
  root.append(sheets, app)
  const copied = new Set<Node>()
  return {
    container,
    show() {
      for (const sheet of doc.head.querySelectorAll(STYLE_SHEETS)) {
        if (copied.has(sheet)) continue
        copied.add(sheet)
        sheets.append(sheet.cloneNode(true))
      }
      if (!host.isConnected) doc.body.append(host)
    },
    hide() {
      host.remove()
    },
  }
}
