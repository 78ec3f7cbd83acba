import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { CONTENT_SECURITY_POLICY } from '../serve/rendererFiles'

// electronegativity cannot read our policy (it is a constant, not a literal at the header) and
// rates even a weak CSP only LOW, so the policy is judged here with the evaluator it uses.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const requireFromTool = createRequire(
  createRequire(import.meta.url).resolve('@doyensec/electronegativity'),
)
const findingSchema = z.object({
  description: z.string(),
  severity: z.number(),
  directive: z.string(),
})
const evaluatorModule = z.object({
  CspParser: z.custom<new (policy: string) => { csp: unknown }>((v) => typeof v === 'function'),
  CspEvaluator: z.custom<new (csp: unknown, version: unknown) => { evaluate(): unknown }>(
    (v) => typeof v === 'function',
  ),
  Version: z.object({ CSP3: z.unknown() }),
  severities: z.object({ MEDIUM_MAYBE: z.number() }),
})
const csp = evaluatorModule.parse(requireFromTool('@doyensec/csp-evaluator'))

/** The evaluator's findings as serious as "maybe medium" or worse, except the one we accept. */
function seriousFindings(policy: string) {
  const findings = z
    .array(findingSchema)
    .parse(new csp.CspEvaluator(new csp.CspParser(policy).csp, csp.Version.CSP3).evaluate())
  return findings.filter(
    (f) =>
      f.severity <= csp.severities.MEDIUM_MAYBE &&
      // "'self' can be problematic if you host JSONP, Angular or user uploaded files": app://
      // serves only the built renderer, and the browser host only it and a JSON API.
      // (Reported on default-src when a policy has no script-src of its own.)
      !(
        ['script-src', 'default-src'].includes(f.directive) &&
        f.description.startsWith("'self' can be problematic")
      ) &&
      // The evaluator predates 'wasm-unsafe-eval' (CSP3, Chromium 95+) and calls it invalid;
      // the next test pins it to script-src and nothing else.
      !(
        f.directive === 'script-src' &&
        f.description === "'wasm-unsafe-eval' seems to be an invalid CSP keyword."
      ),
  )
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  )
}

const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(join(root, 'renderer/index.html'), 'utf8'),
)?.[1]

describe('content security policy', () => {
  it.each([
    ['the header on every response', CONTENT_SECURITY_POLICY],
    ['the meta tag in renderer/index.html', metaPolicy ?? ''],
  ])('%s has no weakness the CSP evaluator reports', (_where, policy) => {
    expect(policy).not.toBe('')
    expect(seriousFindings(policy)).toEqual([])
  })

  it('allows no inline or eval script, and no origin but the app itself', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toEqual(["'self'"])
    // WebAssembly compilation only (the bundled speech engine), never JavaScript eval.
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"])
    // The synthesised speech of each phrase plays from a blob: URL the app made itself.
    expect(policy.get('media-src')).toEqual(["'self'", 'blob:'])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    const narrow: Record<string, string[]> = {
      'script-src': ["'wasm-unsafe-eval'"],
      'media-src': ['blob:'],
    }
    for (const [name, sources] of policy) {
      for (const source of sources) {
        const allowed = ["'self'", "'none'", 'data:', ...(narrow[name] ?? [])]
        expect(allowed, `${name} ${source}`).toContain(source)
      }
    }
  })

  it('the evaluator is not blind: it reports a weak policy', () => {
    expect(
      seriousFindings("script-src 'self' 'unsafe-inline' https://cdn.example.org"),
    ).not.toEqual([])
  })

  it('the page has no inline script for the CSP to block', () => {
    const html = readFileSync(join(root, 'renderer/index.html'), 'utf8')
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\bsrc=/)
    expect(html).not.toMatch(/\son[a-z]+=/i)
  })
})
