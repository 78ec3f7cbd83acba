import { z } from 'zod'

// The CSP forbids eval. Zod's fast path probes `new Function` on first parse, which the browser
// reports as a CSP violation; jitless mode validates the same way without the probe.
z.config({ jitless: true })
