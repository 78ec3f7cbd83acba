// Injected into every bench page before its own scripts (Playwright addInitScript). It keeps its
// measurements on window.__bench so the bench reads them with page.evaluate; it never changes
// what the page does (its one mark is an `elementtiming` attribute on the first tile's label).
// Times are performance.now() values: milliseconds since navigation start.
/* global window, document, requestAnimationFrame, MutationObserver, Node, getComputedStyle */
;(() => {
  if (window.__bench) return
  const bench = { readyAt: undefined, taps: [], pending: undefined }
  window.__bench = bench

  /** After the frame that shows the current DOM has been painted (double requestAnimationFrame). */
  const afterPaint = (done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))

  // --- Start-up: body[data-ready] and the first .tile laid out inside the viewport. ---------
  const tileVisible = () => {
    if (document.body?.dataset.ready !== 'true') return false
    const tile = document.querySelector('.tile')
    if (!tile) return false
    const box = tile.getBoundingClientRect()
    return box.width > 0 && box.height > 0 && box.top < window.innerHeight
  }
  // The frame showing the first tile counts when it was presented, not when the page's own
  // thread moved on: with software raster (no GPU here) a 1080×1920 frame reaches the screen
  // tens of milliseconds after the next animation frame starts. The tile is named for Element
  // Timing as soon as it is in the document (a mutation callback runs before any paint), and
  // Chromium reports when that element's text was presented.
  const TILE_TIMING = 'bench-first-tile'
  const hasOwnText = (el) =>
    [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '')
  let namedTile
  const nameFirstTile = () => {
    // Only until start-up is measured: later screens' tiles are not timed, and the style lookup
    // below must not add to the taps the bench times after it.
    if (tilePresentedAt !== undefined) return
    const tile = document.querySelector('.tile')
    if (!tile || tile === namedTile) return
    namedTile = tile
    // Chromium times text on the block that lays it out: the label's nearest non-inline box.
    let label = hasOwnText(tile) ? tile : [...tile.querySelectorAll('*')].find(hasOwnText)
    while (label && label !== tile && getComputedStyle(label).display.startsWith('inline')) {
      label = label.parentElement
    }
    label?.setAttribute('elementtiming', TILE_TIMING)
  }
  let tilePresentedAt
  let markedAt
  const finishReady = () => {
    if (markedAt === undefined || tilePresentedAt === undefined || bench.readyAt !== undefined)
      return
    // Both must have happened: the app said home is up, and the tile was on screen.
    bench.readyAt = Math.max(markedAt, tilePresentedAt)
    bench.breakdown = { ...startupBreakdown(), markedAt, tilePresentedAt }
  }
  if (typeof PerformanceObserver === 'function') {
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.identifier !== TILE_TIMING || tilePresentedAt !== undefined) continue
          tilePresentedAt = entry.renderTime || entry.loadTime
          finishReady()
        }
      }).observe({ type: 'element', buffered: true })
    } catch {
      tilePresentedAt = 0 // no Element Timing: the two-frame mark alone
    }
  } else tilePresentedAt = 0
  let waitingReady = true
  const checkReady = () => {
    nameFirstTile()
    if (!waitingReady || !tileVisible()) return
    waitingReady = false
    afterPaint(() => {
      markedAt = performance.now()
      finishReady()
    })
  }
  // --- The content's directory (services, places): asked for after home, in when the body says.
  let waitingDirectory = true
  const checkDirectory = () => {
    if (!waitingDirectory || document.body?.dataset.directory !== 'in') return
    waitingDirectory = false
    afterPaint(() => (bench.directoryAt = performance.now()))
  }
  /** Where start-up time went: when each kind of resource had arrived, and first paint. */
  const startupBreakdown = () => {
    const nav = performance.getEntriesByType('navigation')[0]
    const resources = performance.getEntriesByType('resource')
    const lastEnd = (test) =>
      Math.max(0, ...resources.filter((r) => test(r.name)).map((r) => r.responseEnd))
    const paint = performance.getEntriesByName('first-contentful-paint')[0]
    return {
      htmlResponseEnd: nav?.responseEnd,
      domContentLoaded: nav?.domContentLoadedEventEnd,
      scriptsLoaded: lastEnd((n) => n.endsWith('.js')),
      stylesLoaded: lastEnd((n) => n.endsWith('.css')),
      apiLoaded: lastEnd((n) => n.includes('/api/')),
      firstContentfulPaint: paint?.startTime,
    }
  }

  // --- Tap latency: pointerdown → the next screen painted. -----------------------------------
  const currentScreen = () => {
    const node = document.querySelector('[data-screen]')
    const title = node?.querySelector('h1')?.textContent ?? ''
    return { node, key: `${node?.getAttribute('data-screen') ?? ''}|${title}` }
  }
  window.addEventListener(
    'pointerdown',
    (event) => {
      const before = currentScreen()
      bench.pending = { start: event.timeStamp, before, committed: undefined }
    },
    { capture: true },
  )
  // When the finger left the screen and when the click reached the app: before that the app has
  // nothing to act on, so these split the driver's press from the app's own work.
  window.addEventListener(
    'pointerup',
    (event) => {
      if (bench.pending && bench.pending.up === undefined) bench.pending.up = event.timeStamp
    },
    { capture: true },
  )
  window.addEventListener(
    'click',
    (event) => {
      if (bench.pending && bench.pending.click === undefined) bench.pending.click = event.timeStamp
    },
    { capture: true },
  )
  const checkNavigation = () => {
    const pending = bench.pending
    if (!pending || pending.committed !== undefined) return
    const now = currentScreen()
    if (!now.node || (now.node === pending.before.node && now.key === pending.before.key)) return
    pending.committed = performance.now()
    afterPaint(() => {
      bench.taps.push({
        navigated: true,
        from: pending.before.key.split('|')[0],
        to: now.key.split('|')[0],
        at: pending.start,
        upMs: (pending.up ?? Number.NaN) - pending.start,
        clickMs: (pending.click ?? Number.NaN) - pending.start,
        commitMs: pending.committed - pending.start,
        paintMs: performance.now() - pending.start,
      })
      if (bench.pending === pending) bench.pending = undefined
    })
  }
  // A tap that changes nothing (an accordion, a disabled button) is recorded as such after
  // the click has had time to commit, so the driver never waits on a screen that will not come.
  window.addEventListener('click', () => {
    const pending = bench.pending
    if (!pending) return
    window.setTimeout(() => {
      if (bench.pending !== pending || pending.committed !== undefined) return
      bench.taps.push({ navigated: false, from: pending.before.key.split('|')[0] })
      bench.pending = undefined
    }, 300)
  })

  const observer = new MutationObserver(() => {
    checkReady()
    checkDirectory()
    checkNavigation()
  })
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready', 'data-directory', 'data-screen'],
  })
  document.addEventListener('DOMContentLoaded', checkReady)

  // --- Scroll smoothness: scroll an element a fixed distance per frame, record frame gaps. ---
  bench.scroll = (selector, frames, stepPx) =>
    new Promise((resolve) => {
      const el = document.querySelector(selector)
      if (!el) return resolve({ error: `no ${selector}` })
      const gaps = []
      let last
      let direction = 1
      let left = frames
      const frame = (t) => {
        if (last !== undefined) gaps.push(t - last)
        last = t
        const max = el.scrollHeight - el.clientHeight
        if (el.scrollTop + stepPx * direction > max || el.scrollTop + stepPx * direction < 0) {
          direction = -direction
        }
        el.scrollTop += stepPx * direction
        if (--left > 0) requestAnimationFrame(frame)
        else resolve({ gaps, scrollable: max })
      }
      requestAnimationFrame(frame)
    })

  // --- Endurance: one scripted visitor. Clicks go through the DOM; each step yields a real
  // macrotask (MessageChannel, which Playwright's fake clock leaves alone) so React commits.
  const yieldTask = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(0)
    })
  const screenName = () =>
    document.querySelector('[data-screen]')?.getAttribute('data-screen') ?? ''
  const clickNth = async (selector, n) => {
    const all = document.querySelectorAll(selector)
    if (all.length === 0) return
    all[n % all.length].click()
    await yieldTask()
  }
  /**
   * Visitor number k: from the attract screen, sometimes a language or text-size change, a need,
   * then something in it, then a scroll — everything an idle reset must wipe.
   */
  bench.visitorSession = async (k) => {
    // After an idle reset React renders the attract screen in its own tasks: let them run.
    for (let i = 0; k > 0 && i < 500 && screenName() !== 'attract'; i++) await yieldTask()
    const report = {
      startedOn: screenName(),
      langAtStart: document.documentElement.lang,
      visited: [],
    }
    if (screenName() === 'attract') await clickNth('.attract-button', 0)
    report.visited.push(screenName())
    if (k % 3 > 0) await clickNth(`.language-button[lang="${k % 3 === 1 ? 'en' : 'ko'}"]`, 0)
    if (k % 5 === 0) await clickNth('.top-bar-display button', 0)
    await clickNth('[data-screen="home"] .tile', k)
    report.visited.push(screenName())
    await clickNth(
      ['.service-card', '.place-card', '.hotline-card', '.notice-chip']
        .map((c) => `[data-screen] ${c}`)
        .join(', '),
      k,
    )
    report.visited.push(screenName())
    // Scroll the screen; wait for the scroll event, so the idle timer has seen this activity
    // before the bench starts the fake clock.
    const main = document.querySelector('main')
    if (main) {
      const before = main.scrollTop
      const scrolled = new Promise((resolve) =>
        main.addEventListener('scroll', resolve, { once: true }),
      )
      main.scrollTop = 100000
      if (main.scrollTop !== before) await scrolled
    }
    return report
  }
})()
