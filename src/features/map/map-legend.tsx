import { useTranslation } from 'react-i18next';

export function MapLegend() {
  const { t } = useTranslation();
  return (
    <section className="map-legend" aria-label={t('map.legend')}>
      <ul>
        <li>
          <span className="swatch swatch-east" aria-hidden="true" />
          {t('map.eastStandard')}
        </li>
        <li>
          <span className="swatch swatch-west" aria-hidden="true" />
          {t('map.westStandard')}
        </li>
        <li>
          <span className="swatch swatch-neighbour" aria-hidden="true" />
          {t('map.neighbours')}
        </li>
      </ul>
      <p className="map-legend-note">{t('map.baseMapOffline')}</p>
    </section>
  );
}
