import type { CategoryIcon } from '../../../common/content/schema'

/** Icons for actions; category icons come from the content schema's CATEGORY_ICONS. */
export type ActionIcon =
  | 'back'
  | 'home'
  | 'text'
  | 'contrast'
  | 'question'
  | 'list'
  | 'pin'
  | 'clock'
  | 'document'
  | 'check'
  | 'chevron'
  | 'bell'
  | 'qr'
  | 'speaker'
  | 'cross'
  | 'restart'
export type IconName = CategoryIcon | ActionIcon

/** Stroke paths on a 24-unit grid; `fill` paths are drawn solid. */
const PATHS: Record<IconName, { stroke: string; fill?: string }> = {
  bed: { stroke: 'M3 6v13M3 15h18v4M21 15v-3a3 3 0 0 0-3-3h-7v6M7 9.5a2 2 0 1 1 0 .01' },
  food: { stroke: 'M3 11h18a9 8 0 0 1-18 0zM9 3c-1 1.5 1 2.5 0 5M14 3c-1 1.5 1 2.5 0 5M8 21h8' },
  wallet: {
    stroke: 'M3 7h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2zM3 7l12-4 2 4M16 13.5h2',
  },
  alert: { stroke: 'M12 3l10 18H2zM12 10v5M12 18v.01' },
  gift: {
    stroke: 'M3 8h18v4H3zM5 12v9h14v-9M12 8v13M12 8C10 4 6 4 6 6.5S10 8 12 8s6 .5 6-1.5S14 4 12 8',
  },
  ambulance: {
    stroke:
      'M2 17V6h12v11M14 10h4l4 4v3h-2M10 17h4M7.5 8.5v5M5 11h5M6 17a2 2 0 1 0 .01 0M18 17a2 2 0 1 0 .01 0',
  },
  health: {
    stroke:
      'M12 20s-8-5-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 9c0 6-8 11-8 11zM7 11h3l1-2 2 4 1-2h3',
  },
  phone: {
    stroke:
      'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z',
  },
  info: { stroke: 'M12 3a9 9 0 1 0 .01 0M12 11v6M12 7.5v.01' },
  back: { stroke: 'M20 12H5M11 5l-7 7 7 7' },
  home: { stroke: 'M3 11l9-8 9 8M5 9v12h5v-6h4v6h5V9' },
  text: { stroke: 'M2 19L7 5l5 14M4 14h6M18 8v8M14 12h8' },
  contrast: { stroke: 'M12 3a9 9 0 1 0 .01 0', fill: 'M12 3a9 9 0 0 1 0 18z' },
  question: {
    stroke: 'M12 3a9 9 0 1 0 .01 0M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.8.4-1 1-1 1.7v.5M12 17v.01',
  },
  list: { stroke: 'M9 6h12M9 12h12M9 18h12M4 6h.01M4 12h.01M4 18h.01' },
  pin: { stroke: 'M12 21s-7-6-7-12a7 7 0 0 1 14 0c0 6-7 12-7 12zM12 6.5a2.5 2.5 0 1 0 .01 0' },
  clock: { stroke: 'M12 3a9 9 0 1 0 .01 0M12 7v5l3 2' },
  document: { stroke: 'M6 3h8l4 4v14H6zM14 3v4h4M9 12h6M9 16h6' },
  check: { stroke: 'M5 12l5 5 9-10' },
  chevron: { stroke: 'M9 5l7 7-7 7' },
  bell: { stroke: 'M6 16v-5a6 6 0 0 1 12 0v5l2 2H4zM10 21h4' },
  qr: { stroke: 'M3 3h7v7H3zM14 3h7v7h-7zM3 14h7v7H3zM14 14h3v3h-3zM20 14v.01M20 20h-3M14 20h.01' },
  cross: { stroke: 'M6 6l12 12M18 6L6 18' },
  restart: { stroke: 'M4 12a8 8 0 1 0 2.3-5.6M4 4v4h4' },
  speaker: { stroke: 'M3 9h4l5-4v14l-5-4H3zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12' },
}

/**
 * A decorative line icon. Always paired with a visible word, so it is hidden from assistive
 * technology (the word carries the meaning) and inherits the text colour.
 */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  const { stroke, fill } = PATHS[name]
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={stroke}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      {fill !== undefined && <path d={fill} fill="currentColor" />}
    </svg>
  )
}
