/**
 * Chinese meanings for the workbook's headers. The layout comes from the schema; these only
 * name things for the clerk. A field missing here still gets its column, headed by its
 * English name, so a new schema field works before anyone writes its label.
 */
const SHEETS: Record<string, string> = {
  dataset: '数据集',
  categories: '类别',
  services: '服务',
  locations: '地点',
  phones: '电话',
  kioskSites: '信息亭位置',
  notices: '通知',
  faqs: '常见问题',
  'screener.questions': '问卷问题',
  'screener.rules': '问卷规则',
  maps: '地图',
  basemap: '街道地图',
}

const FIELDS: Record<string, string> = {
  id: 'id（编号）',
  name: '名称',
  summary: '简介',
  plainSummary: '简明说明',
  provider: '主管单位',
  description: '说明',
  eligibility: '申请条件',
  ruleIds: '问卷规则 id',
  benefits: '待遇',
  amountCny: '金额（元）',
  per: '计算单位',
  howToApply: '办理步骤',
  requiredDocuments: '所需材料',
  locationIds: '地点 id',
  phoneIds: '电话 id',
  phoneId: '电话 id',
  categoryIds: '类别 id',
  validFrom: '生效日期',
  validUntil: '截止日期',
  assuredDate: '信息核对日期',
  status: '状态',
  unconfirmed: '待确认事项',
  leads: '线索',
  field: '事项',
  value: '线索内容（待核实）',
  foundIn: '线索出处',
  sourceIds: '来源 id',
  url: '网址',
  audio: '录音文件',
  type: '类型',
  address: '地址',
  geo: '坐标',
  lat: '纬度',
  lng: '经度',
  crs: '坐标系',
  openingHours: '办公时间（OSM 格式）',
  hoursNote: '时间说明',
  transport: '交通',
  accessibility: '无障碍',
  directions: '路线',
  walkRoutes: '步行路线（GeoJSON 线）',
  coordinates: '坐标点（经度, 纬度）',
  number: '电话号码',
  hours: '接听时间',
  available24h: '24小时',
  priority: '优先顺序',
  title: '标题',
  body: '正文',
  severity: '重要程度',
  question: '问题',
  answer: '回答',
  text: '问题文字',
  help: '提示',
  kind: '种类',
  options: '选项',
  label: '选项文字',
  when: '条件',
  questionId: '问题 id',
  serviceIds: '服务 id',
  icon: '图标',
  order: '排列顺序',
  crisis: '紧急需求',
  windows: '时段',
  from: '开始',
  until: '结束',
  festival: '节日',
  offsetDays: '相差天数',
  lastConfirmed: '确认',
  by: '确认人',
  on: '确认日期',
  reviewBy: '复核期限',
  contentVersion: '内容版本',
  publishedAt: '发布时间',
  region: '地区',
  languages: '语言',
  publisher: '发布单位',
  sample: '示例内容',
  defaultSiteId: '默认信息亭位置',
  sources: '来源',
  date: '日期',
  siteId: '信息亭位置 id',
  file: '文件',
  walkGraph: '步行路网文件（pack 自动生成）',
  width: '宽',
  height: '高',
  bounds: '范围',
  north: '北',
  south: '南',
  east: '东',
  west: '西',
  alt: '替代文字',
}

const LANGUAGE_NAMES: Record<string, string> = { 'zh-Hans': '中文', en: '英文', ko: '韩文' }

/** Whole-path labels that read better than their parts (the three confirmation columns). */
const WHOLE: Record<string, string> = {
  'lastConfirmed.by': '确认人',
  'lastConfirmed.on': '确认日期',
}

/** Chinese sheet name for a top-level list (`services` → 服务). */
export function sheetLabel(source: string): string {
  return SHEETS[source] ?? source
}

/**
 * Chinese header for a column path: `name.zh-Hans` → 名称（中文）, `geo.lat` → 坐标·纬度.
 * `short` drops language suffixes (child sheet names).
 */
export function fieldLabel(path: readonly string[], short = false): string {
  const whole = WHOLE[path.join('.')]
  if (whole) return whole
  const words = path.filter((p) => !(p in LANGUAGE_NAMES)).map((p) => FIELDS[p] ?? p)
  const language = path.find((p) => p in LANGUAGE_NAMES)
  const base = words.join('·')
  if (short || language === undefined) return base || '内容'
  return base === '' ? LANGUAGE_NAMES[language]! : `${base}（${LANGUAGE_NAMES[language]}）`
}
