import type { Content, Language } from '../../common/content/schema'

/**
 * The words a clerk reads on the proof for the content's coded values (`limit`, `per: person`,
 * `rescue-station`, a screener rule id …): Chinese, then English, with the code kept small beside
 * them so the supervisor can still match the workbook's drop-down. Said once across the three
 * language columns (they are the office's words, not content text to check per language), which
 * also keeps the proof small enough to print and to check with axe. Amount words follow the
 * kiosk's own (renderer/i18n common.service.per / amount).
 */
type Words = { zh: string; en: string }
const w = (zh: string, en: string): Words => ({ zh, en })

/** Words by field name, then by code. A field or code not listed is shown as it is. */
const CODED: Record<string, Record<string, Words>> = {
  per: {
    person: w('每人', 'per person'),
    household: w('每户', 'per household'),
    'person-or-household': w('每人（或每户）', 'per person, or per household'),
    once: w('一次性发放', 'paid once'),
  },
  amountKind: {
    payment: w('发放金额', 'amount paid'),
    limit: w('最多（审批上限）', 'up to (the most an office may approve)'),
  },
  form: { cash: w('现金', 'cash'), goods: w('实物', 'in goods') },
  status: { active: w('有效', 'active'), inactive: w('停用', 'not shown') },
  type: {
    shelter: w('救助住所', 'shelter'),
    'rescue-station': w('救助管理站', 'rescue station'),
    'civil-affairs-office': w('民政部门', 'civil affairs office'),
    'street-office': w('街道办事处', 'street office'),
    'labour-inspection': w('劳动保障监察', 'labour inspection'),
    arbitration: w('劳动人事争议仲裁', 'labour arbitration'),
    'trade-union': w('工会', 'trade union'),
    hospital: w('医院', 'hospital'),
    station: w('车站', 'station'),
    other: w('服务点', 'other place'),
  },
  severity: {
    info: w('一般', 'information'),
    warning: w('提醒', 'warning'),
    urgent: w('紧急', 'urgent'),
  },
  kind: {
    dates: w('起止日期', 'from–until dates'),
    yearly: w('每年', 'every year'),
    festival: w('按节日', 'around a festival'),
    yesno: w('是 / 否', 'yes or no'),
    oneOf: w('多选一', 'one of several'),
  },
  festival: {
    'spring-festival': w('春节', 'Spring Festival'),
    'lantern-festival': w('元宵节', 'Lantern Festival'),
  },
  crs: {
    wgs84: w('WGS-84（GPS）', 'WGS-84 (GPS)'),
    gcj02: w('GCJ-02（国内地图）', 'GCJ-02 (Chinese maps)'),
  },
}

const YES_NO: Record<'true' | 'false', Words> = {
  true: w('是', 'yes'),
  false: w('否', 'no'),
}
/** `appliedFor: false` is the one yes/no whose "no" needs a sentence to be understood. */
const APPLIED_FOR: Record<'true' | 'false', Words> = {
  true: w('需要申请', 'applied for'),
  false: w('不用申请：发给部门选定的家庭', 'not applied for: given to chosen households'),
}

/** "最多（审批上限） · up to (…)" for a coded value of `key`; undefined when it is not a known code. */
export function codeWord(key: string, value: unknown): string | undefined {
  const words =
    typeof value === 'boolean'
      ? (key === 'appliedFor' ? APPLIED_FOR : YES_NO)[value ? 'true' : 'false']
      : typeof value === 'string'
        ? CODED[key]?.[value]
        : undefined
  return words && `${words.zh} · ${words.en}`
}

/** A yes/no answer as each language's question is answered. */
const ANSWERED: Record<Language, Record<'yes' | 'no', string>> = {
  'zh-Hans': { yes: '是', no: '否' },
  en: { yes: 'yes', no: 'no' },
  ko: { yes: '예', no: '아니요' },
}

/**
 * A screener rule in words: each condition as the question and the answer that matches
 * ("今晚有安全的地方住吗？→ 否"), so eligibility reads as what a visitor answered, not as ids.
 */
export function ruleWords(
  content: Pick<Content, 'screener'>,
  ruleId: string,
  lang: Language,
): string | undefined {
  const rule = content.screener.rules.find((r) => r.id === ruleId)
  if (!rule) return undefined
  return rule.when
    .map(({ questionId, answer }) => {
      const q = content.screener.questions.find((x) => x.id === questionId)
      if (!q) return `${questionId} → ${answer}`
      const option = q.options?.find((o) => o.id === answer)
      const said =
        option?.label[lang] ??
        option?.label['zh-Hans'] ??
        (answer === 'yes' || answer === 'no' ? ANSWERED[lang][answer] : answer)
      return `${q.text[lang] ?? q.text['zh-Hans']} → ${said}`
    })
    .join('；')
}
