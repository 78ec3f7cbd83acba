/** Punctuation that closes something and so may not begin a line. */
const CLOSING = /^[。，、．！？：；）」』】〉》”’,.!?:;)\]]$/

/**
 * Breaks `text` into lines no wider than `width` as `measure` says. Chinese may break between
 * any two characters (as it does on paper); Korean and Latin words break at spaces, and a word
 * too long for a whole line (a URL) is cut where it must be.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  // Tokens: a run of spaces, one Chinese character, or a run of other characters (a word).
  // Korean is written with spaces between words and reads best broken only there, so Hangul
  // forms words like Latin letters do.
  const tokens =
    text.match(/\s+|[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+/g) ?? []
  const lines: string[] = []
  let current = ''
  const push = () => {
    if (current.trim() !== '') lines.push(current.trimEnd())
    current = ''
  }
  for (const token of tokens) {
    if (measure(current + token) <= width) {
      current += token
      continue
    }
    if (/^\s+$/.test(token)) {
      push()
      continue
    }
    // Closing punctuation never starts a line (Chinese and Korean typesetting): the last
    // character of this line moves down with it.
    if (CLOSING.test(token) && current.length > 1) {
      const chars = Array.from(current)
      const carried = chars.pop() ?? ''
      current = chars.join('')
      push()
      current = carried + token
      continue
    }
    push()
    if (measure(token) <= width) {
      current = token
      continue
    }
    // A single word wider than the line: cut it character by character.
    for (const ch of token) {
      if (measure(current + ch) > width) push()
      current += ch
    }
  }
  push()
  return lines
}
