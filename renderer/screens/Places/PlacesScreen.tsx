import { useT } from '../../i18n/useT'
import { PlaceList } from '../../components/PlaceList'
import { Screen } from '../../components/Screen'
import type { ScreenProps } from '../../navigation/screenTypes'
import { byId } from '../../state/lookup'
import { useKiosk } from '../../state/useKiosk'
import { useLocalize } from '../../state/useLocalize'

/**
 * Where to go: the places for one need (or all places), nearest first from this kiosk, with
 * distance, direction and whether each is open now. Says plainly when the kiosk's own position
 * is unknown, so an unsorted list is not mistaken for a ranked one.
 */
export function PlacesScreen({ route }: ScreenProps<'places'>) {
  const { t } = useT('places')
  const { content, site } = useKiosk()
  const localize = useLocalize()
  const category = byId(content.categories, route.categoryId)
  const title = category
    ? t('places.titleFor', { category: localize(category.name).text })
    : t('places.title')
  return (
    <Screen name="places" title={title} icon="pin">
      <p className="lead">
        {site.geo
          ? t('places.nearestFrom', { site: localize(site.name).text })
          : t('places.siteUnknown')}
      </p>
      <PlaceList categoryId={category?.id} />
    </Screen>
  )
}
