// The reference pages the bench measures the kiosk against, served by bench/staticServer.ts.

/**
 * The baseline for start-up: the least a browser can show — one static HTML page with the same
 * "ready" marks the kiosk sets (body[data-ready], a .tile), served by a trivial Node server.
 */
export const BARE_PAGE = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>bare</title></head>
<body data-ready="true"><h1>救助信息</h1><button class="tile" type="button">开始</button></body>
</html>`

/** The same page drawn by React (bench/page/reactFloor.js), its one module script from `/app.js`. */
export const REACT_FLOOR_PAGE = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>react</title>
<script type="module" src="/app.js"></script></head>
<body><div id="root"></div></body>
</html>`

/**
 * The floor for taps: a page whose buttons only swap the screen's name and heading, in plain DOM
 * with no framework, laid out like the kiosk (top bar with Back and Home, buttons in a
 * `[data-screen]`), so the tap walk and the probe time it exactly as they time the kiosk. What
 * is left is the input's way in, the frame it lands in and the probe's frame after the paint.
 */
export const TAP_FLOOR_PAGE = `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><title>taps</title></head>
<body data-ready="true">
<header class="top-bar"><nav class="top-bar-nav">
<button type="button">返回</button><button type="button" data-home>首页</button></nav></header>
<main><section data-screen="home"><h1>首页</h1>
<button class="tile" type="button">今晚没地方住</button>
<button class="tile" type="button">被拖欠工资</button></section></main>
<script>
let taps = 0
document.addEventListener('click', (event) => {
  const button = event.target.closest('button')
  if (!button) return
  taps += 1
  const home = button.hasAttribute('data-home')
  const screen = document.querySelector('[data-screen]')
  screen.setAttribute('data-screen', home ? 'home' : 'screen-' + (taps % 5))
  screen.querySelector('h1').textContent = home ? '首页' : '第 ' + taps + ' 页'
})
</script>
</body>
</html>`
