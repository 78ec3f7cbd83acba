import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const eslint = new ESLint({ cwd: repo })

/** The rule ids ESLint reports for `code` as if it were the file at `path` in this repository. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(repo, path) })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

// The layering rules of docs/architecture.md, each shown to fail on a deliberately wrong file.
describe('layering lint rules', () => {
  it('allow fetch only inside renderer/api', async () => {
    const call = "export const load = () => fetch('/api/content/get')\n"
    expect(await violations('renderer/screens/Home/load.ts', call)).toContain(
      'no-restricted-globals',
    )
    expect(
      await violations('renderer/state/load.ts', "export const f = () => window.fetch('/x')\n"),
    ).toContain('no-restricted-properties')
    expect(await violations('renderer/api/load.ts', call)).toEqual([])
  })

  it('keep electron/main from importing electron/web', async () => {
    const wrong = "import { handleApi } from '../web/apiRoutes'\nexport const h = handleApi\n"
    expect(await violations('electron/main/wrong.ts', wrong)).toContain('no-restricted-imports')
    const right = "import { HttpError } from '../serve/httpError'\nexport const e = HttpError\n"
    expect(await violations('electron/main/right.ts', right)).toEqual([])
  })
})
