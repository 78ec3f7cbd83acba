/**
 * A test-only fault (issue 20): content that passes every schema check yet breaks on screen, to
 * prove the health check rolls it back. It is armed only when the host was started with
 * KIOSK_TEST_FAULTS=1 (the host says so in its `health-check` notice); a real kiosk never arms it.
 * Armed, a need whose id starts with `test-fault` throws while its screen renders.
 */
let armed = false

export const armTestFaults = (on: boolean) => {
  armed = on
}

/** Throws for a `test-fault…` need while armed; does nothing otherwise. */
export function testFault(categoryId: string): void {
  if (armed && categoryId.startsWith('test-fault')) {
    throw new Error(`test fault in need "${categoryId}"`)
  }
}
