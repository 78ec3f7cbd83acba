import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  /** Shown instead of the screen that failed to render. */
  fallback: ReactNode
  onError?(error: Error): void
  children: ReactNode
}

/**
 * Catches a screen that throws while rendering, so one broken screen shows a plain way home
 * instead of a blank kiosk, and the health check (HealthProbe) learns which screen failed.
 */
export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.props.onError?.(error)
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
