let known: boolean | undefined

/**
 * Whether this browser can draw WebGL (a kiosk PC without a usable GPU driver, or WebGL turned
 * off, cannot). Asked once per page; the test context is released at once so it never counts
 * against the browser's limit of live contexts.
 */
export function webglAvailable(): boolean {
  if (known !== undefined) return known
  try {
    const canvas = document.createElement('canvas')
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
    gl?.getExtension('WEBGL_lose_context')?.loseContext()
    known = gl !== null
  } catch {
    known = false
  }
  return known
}
