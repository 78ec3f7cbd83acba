/**
 * Breaks `text` into lines no wider than `width` as `measure` says. Chinese and Korean may break
 * between any two characters (as they do on paper); Latin words break at spaces, and a word too
 * long for a whole line (a URL) is cut where it must be.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number): string[] {
  // Tokens: a run of spaces, one CJK/Hangul character, or a run of other characters (a word).
  const tokens =
    text.match(
      /\s+|[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]|[^\s\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+/g,
    ) ?? []
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
