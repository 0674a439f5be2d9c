import { useLang, useT } from '../../i18n/i18n-context';
import type { Dataset, Entity, Park } from '../../domain/schema/dataset-schema';
import { LANGS } from '../../domain/schema/vocabulary';
import { labelSeparator, pick } from '../../domain/text/localize';
import { useViewActions } from '../../state/view-store-context';
import { useScreenIds } from '../../ui/screen-ids';
import { EntityBody } from './source-notes';

export interface DetailProps {
  dataset: Dataset;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onClose: () => void;
}

/** The heading of the details panel: kind, name in the reader's script, other scripts, close. */
export function DetailsHeader({
  eyebrow,
  name,
  headingRef,
  onClose,
}: {
  eyebrow: string;
  name: Park['name'];
  headingRef: DetailProps['headingRef'];
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  return (
    <header className="place-details-header">
      <button type="button" className="button place-details-close" onClick={onClose}>
        <span aria-hidden="true">✕ </span>
        {t('parks.details.close')}
      </button>
      <p className="place-details-eyebrow">{eyebrow}</p>
      <h2 id={id('place-details-heading')} ref={headingRef} tabIndex={-1}>
        {pick(name, lang)}
      </h2>
      <p className="place-details-names">
        <span className="muted">
          {t('parks.details.otherNames')}
          {labelSeparator(lang)}
        </span>
        {LANGS.filter((l) => l !== lang).map((l, i) => (
          <span key={l}>
            {i > 0 ? ' · ' : ''}
            <span lang={l}>{name[l]}</span>
          </span>
        ))}
      </p>
    </header>
  );
}

/** The named firms and projects of a park or county, each with its events and sources. */
export function EntitySection({ dataset, entities }: { dataset: Dataset; entities: readonly Entity[] }) {
  const t = useT();
  const lang = useLang();
  const { selectEntity } = useViewActions();
  return (
    <>
      <h3>{t('parks.details.entities')}</h3>
      {entities.length > 0 ? (
        entities.map((e) => (
          <article key={e.id} className="entity-card">
            <h4>
              <button
                type="button"
                className="link-button"
                data-entity-id={e.id}
                aria-label={t('links.entity.open', { name: pick(e.name, lang) })}
                onClick={() => selectEntity(e.id)}
              >
                {pick(e.name, lang)}
              </button>
            </h4>
            <EntityBody dataset={dataset} entity={e} />
          </article>
        ))
      ) : (
        <p className="muted">{t('parks.details.noEntities')}</p>
      )}
    </>
  );
}
