/**
 * Chinese for the content checker's commonest messages, so a clerk reads what is wrong in her
 * own language; the English message is always printed next to it. Unknown messages get a
 * general sentence (the English then says exactly what is wrong).
 */
const NOUNS: Record<string, string> = {
  category: '类别',
  service: '服务',
  location: '地点',
  phone: '电话',
  'kiosk site': '信息亭位置',
  'screener rule': '问卷规则',
  'screener question': '问卷问题',
}

const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^no (.+) with id "(.*)"$/, (m) => `找不到 id 为“${m[2]}”的${NOUNS[m[1]!] ?? m[1]}`],
  [/^"(.*)" is not a valid Chinese phone number/, (m) => `“${m[1]}”不是有效的电话号码`],
  [/lies outside China/, () => '坐标在中国境外：请检查纬度、经度是否写反'],
  [/is before validFrom/, () => '截止日期早于生效日期'],
  [/^cannot read opening hours/, () => '办公时间的写法无法识别（OSM 格式，如 Mo-Fr 08:30-17:00）'],
  [/^duplicate id "(.*)"/, (m) => `id“${m[1]}”重复`],
  [/^missing .* translation/, () => '缺少译文（信息亭将显示中文）'],
  [/^unconfirmed/, () => '待确认：来源中没有，正式使用前请确认'],
  [/^sample content/, () => '这是示例内容：正式使用前请逐项确认'],
  [/is required|expected/i, () => '缺少内容或格式不对'],
  [/too (long|big)|at most/i, () => '内容太长'],
]

export function problemInChinese(message: string): string {
  for (const [pattern, say] of PATTERNS) {
    const m = pattern.exec(message)
    if (m) return say(m)
  }
  return '内容检查发现问题'
}
