import { expect, test } from './support/fixtures'
import { axeViolations, smallTargets, smallText, touchTargets } from './support/a11y'

// The accessibility checks pass on every kiosk screen; these prove they can fail, on pages built
// to break each rule, so a green run means something.
test.describe('the accessibility checkers', () => {
  test('find a target below 72x72 and ignore hidden or inert ones', async ({ page }) => {
    await page.setContent(`
      <main lang="en">
        <button style="width:100px;height:100px;font-size:24px">big</button>
        <a href="#x" style="display:inline-block;width:200px;height:40px;font-size:24px">short</a>
        <button style="display:none">hidden</button>
        <div inert><button style="width:10px;height:10px">behind a modal</button></div>
      </main>`)
    const targets = await touchTargets(page)
    expect(targets).toHaveLength(2)
    expect(smallTargets(targets)).toEqual([expect.stringContaining('"short" is 200x40')])
  })

  test('find visible text below 20px', async ({ page }) => {
    await page.setContent(`
      <main lang="en">
        <p style="font-size:24px">fine</p>
        <p style="font-size:14px">too small</p>
        <p class="visually-hidden" style="font-size:1px">for screen readers</p>
      </main>`)
    expect(await smallText(page)).toEqual([expect.stringContaining('14px "too small"')])
  })

  test('axe reports an unlabelled button and low contrast', async ({ page }) => {
    await page.setContent(`
      <html lang="en"><head><title>t</title></head><body><main>
        <h1>Title</h1>
        <button style="width:100px;height:100px"></button>
        <p style="color:#777;background:#888;font-size:24px">faint</p>
      </main></body></html>`)
    const found = (await axeViolations(page)).join('\n')
    expect(found).toContain('button-name')
    expect(found).toContain('color-contrast')
  })
})
