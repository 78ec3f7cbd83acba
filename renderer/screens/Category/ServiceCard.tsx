import type { Service } from '../../../common/content/schema'
import { Icon } from '../../components/Icon'
import { LocalText } from '../../components/LocalText'
import { useNavigation } from '../../navigation/useNavigation'

/** A service as one big button: its name and the plain summary, opening the service page. */
export function ServiceCard({ service }: { service: Service }) {
  const { navigate } = useNavigation()
  return (
    <button
      type="button"
      className="service-card"
      onClick={() => navigate({ name: 'service', serviceId: service.id })}
    >
      <Icon name="document" className="service-card-icon" />
      <span className="service-card-body">
        <LocalText value={service.name} className="service-card-name" />
        <LocalText
          value={service.plainSummary ?? service.summary}
          className="service-card-summary"
        />
      </span>
      <Icon name="chevron" className="service-card-chevron" />
    </button>
  )
}
