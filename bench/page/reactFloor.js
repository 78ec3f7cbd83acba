// The start-up floor of any React renderer, for the bench's start-up section: React and ReactDOM
// (production builds, bundled and minified by bench/staticServer.ts), one render of one heading and
// one `.tile`, and the same ready mark the kiosk sets — in a layout effect of the commit that shows
// the tile, as the kiosk's KioskProvider does. Nothing else: no data, no styles, no i18n.
/* global document */
import { createElement, useLayoutEffect } from 'react'
import { createRoot } from 'react-dom/client'

function Home() {
  useLayoutEffect(() => {
    document.body.dataset.ready = 'true'
  }, [])
  return createElement(
    'main',
    null,
    createElement('h1', null, '救助信息'),
    createElement('button', { className: 'tile', type: 'button' }, '开始'),
  )
}

createRoot(document.getElementById('root')).render(createElement(Home))
