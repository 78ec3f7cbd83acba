import type { Content, Language } from '../../common/content/schema'

/**
 * The words a clerk reads on the proof for the content's coded values (`limit`, `per: person`,
 * `rescue-station`, a screener rule id …), in each language, with the code kept small beside the
 * word so the supervisor can still match the workbook's drop-down. Amount words are the kiosk's
 * own (renderer/i18n common.service.per / amount), so the proof says what the visitor reads.
 */
type Words = Record<Language, string>
const w = (zh: string, en: string, ko: string): Words => ({ 'zh-Hans': zh, en, ko })

/** Words by field name, then by code. A field or code not listed is shown as it is. */
const CODED: Record<string, Record<string, Words>> = {
  per: {
    person: w('每人', 'per person', '1인당'),
    household: w('每户', 'per household', '가구당'),
    'person-or-household': w(
      '每人（或每户）',
      'per person, or per household',
      '1인당(또는 가구당)',
    ),
    once: w('一次性发放', 'paid once', '1회 지급'),
  },
  amountKind: {
    payment: w('发放金额', 'amount paid', '지급액'),
    limit: w('最多（审批上限）', 'up to (the most an office may approve)', '최대(승인 한도)'),
  },
  form: { cash: w('现金', 'cash', '현금'), goods: w('实物', 'in goods', '현물') },
  status: { active: w('有效', 'active', '유효'), inactive: w('停用', 'not shown', '사용 안 함') },
  type: {
    shelter: w('救助住所', 'shelter', '쉼터'),
    'rescue-station': w('救助管理站', 'rescue station', '구호관리소'),
    'civil-affairs-office': w('民政部门', 'civil affairs office', '민정 부서'),
    'street-office': w('街道办事处', 'street office', '가도 사무소'),
    'labour-inspection': w('劳动保障监察', 'labour inspection', '노동 감독'),
    arbitration: w('劳动人事争议仲裁', 'labour arbitration', '노동 중재'),
    'trade-union': w('工会', 'trade union', '노동조합'),
    hospital: w('医院', 'hospital', '병원'),
    station: w('车站', 'station', '역'),
    other: w('服务点', 'other place', '기타 장소'),
  },
  severity: {
    info: w('一般', 'information', '안내'),
    warning: w('提醒', 'warning', '주의'),
    urgent: w('紧急', 'urgent', '긴급'),
  },
  kind: {
    dates: w('起止日期', 'from–until dates', '시작·종료 날짜'),
    yearly: w('每年', 'every year', '매년'),
    festival: w('按节日', 'around a festival', '명절 기준'),
    yesno: w('是 / 否', 'yes or no', '예 / 아니요'),
    oneOf: w('多选一', 'one of several', '여러 개 중 하나'),
  },
  festival: {
    'spring-festival': w('春节', 'Spring Festival', '춘절'),
    'lantern-festival': w('元宵节', 'Lantern Festival', '원소절'),
  },
  crs: {
    wgs84: w('WGS-84（GPS）', 'WGS-84 (GPS)', 'WGS-84 (GPS)'),
    gcj02: w('GCJ-02（国内地图）', 'GCJ-02 (Chinese maps)', 'GCJ-02 (중국 지도)'),
  },
}

const YES_NO: Record<'true' | 'false', Words> = {
  true: w('是', 'yes', '예'),
  false: w('否', 'no', '아니요'),
}
/** `appliedFor: false` is the one yes/no whose "no" needs a sentence to be understood. */
const APPLIED_FOR: Record<'true' | 'false', Words> = {
  true: w('需要申请', 'applied for', '신청 필요'),
  false: w(
    '不用申请：发给部门选定的家庭',
    'not applied for: given to chosen households',
    '신청 불필요: 선정 가구에 지급',
  ),
}

/** The word for a coded value of `key`, or undefined when the value is not a known code. */
export function codeWord(key: string, value: unknown, lang: Language): string | undefined {
  if (typeof value === 'boolean') {
    const words = key === 'appliedFor' ? APPLIED_FOR : YES_NO
    return words[value ? 'true' : 'false'][lang]
  }
  if (typeof value !== 'string') return undefined
  return CODED[key]?.[value]?.[lang]
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
        (answer === 'yes' || answer === 'no'
          ? YES_NO[answer === 'yes' ? 'true' : 'false'][lang]
          : answer)
      return `${q.text[lang] ?? q.text['zh-Hans']} → ${said}`
    })
    .join('；')
}
