import type { ReactNode } from 'react'
import type { RouteName } from '../../navigation/routes'
import { Icon, type IconName } from '../Icon'
import { SampleNotice } from '../SampleNotice'

type Props = {
  name: RouteName
  title: ReactNode
  icon?: IconName
  children?: ReactNode
  /** The screen's item has gone (NotFound): the health check does not count it as opened. */
  missing?: boolean
}

/**
 * The frame of every visitor screen: one h1 and the `data-screen` hook the e2e tests wait on.
 * TopBar and HotlineBar sit outside it in the app shell, so they never move between screens.
 * Under the title, sample content says it is a sample, on every screen.
 */
export function Screen({ name, title, icon, children, missing }: Props) {
  return (
    <div
      className={`screen screen-${name}`}
      data-screen={name}
      {...(missing ? { 'data-missing': '' } : {})}
    >
      <h1 className="screen-title" tabIndex={-1}>
        {icon !== undefined && <Icon name={icon} className="screen-title-icon" />}
        <span className="screen-title-text">{title}</span>
      </h1>
      <SampleNotice />
      {children}
    </div>
  )
}
