// The renderer build resolves every `import … from 'zod'` to this module (vite.config.ts), so
// wherever the bundler puts a schema, this module has run before it: an ES module's imports are
// evaluated before its body, in every chunk. The CSP forbids eval, and zod probes
// `new Function('')` when it builds its first object schema, which Chromium reports as a CSP
// violation even though zod catches the error; jitless mode validates the same way without the
// probe. (A `z.config` call in the entry chunk alone ran too late: the schemas live in a shared
// chunk that the entry imports, so they were built first.)
import { z } from 'zod/v4'

z.config({ jitless: true })

export * from 'zod/v4'
export { z, z as default }
