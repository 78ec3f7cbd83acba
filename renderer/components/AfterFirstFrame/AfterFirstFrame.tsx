import { useContext, useEffect, useState, type ReactNode } from 'react'
import { afterFrame, DrawWholeContext, FirstFrameOnlyContext } from './afterFrame'

/**
 * A part of a screen drawn one frame after the rest: what lies below the fold in portrait (a
 * place's map and QR code, a service's offices) costs the tap that opens the screen nothing, so
 * the screen's top answers the tap a frame sooner (issue 25). Hold back only parts that come
 * after everything shown at once, so nothing already on screen moves when they arrive. Drawn
 * at once when the shell says the screen must be whole (`DrawWholeContext`). Until then an empty
 * `<template data-drawn-later>` stands in its place (allowed in any element, a list too, and
 * never shown or read): tests and the bench wait for a screen to have none before they look at
 * it as a whole. A rehearsal (`FirstFrameOnlyContext`) never draws them.
 */
export function AfterFirstFrame({ children }: { children: ReactNode }) {
  const drawWhole = useContext(DrawWholeContext)
  const firstFrameOnly = useContext(FirstFrameOnlyContext)
  const [shown, setShown] = useState(() => !firstFrameOnly && drawWhole())
  useEffect(() => {
    if (shown || firstFrameOnly) return
    return afterFrame(window, () => setShown(true))
  }, [shown, firstFrameOnly])
  return shown ? children : <template data-drawn-later="" />
}
