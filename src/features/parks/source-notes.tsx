import { useMemo } from 'react';
import { useLang, useT, type Translate } from '../../i18n/i18n-context';
import type { Claim, Dataset, Entity, Source } from '../../domain/schema/dataset-schema';
import { formatDate } from '../../domain/text/format-figure';
import { httpHref } from '../../domain/text/safe-url';
import { pick } from '../../domain/text/localize';
import { claimStanding, precisionKey, sourcesById, sourcesOf } from '../../domain/parks/park-directory';
import { useViewActions } from '../../state/view-store-context';
import { SourceLink } from '../../ui/source-link';
import { SourceTitle } from '../../ui/source-title';
import { sourceListText } from '../../domain/text/source-list';
import { SourceDate } from '../../ui/source-date';

/** "南都（南方都市报），2024年3月；南方日报，2024年3月9日": the outlets and dates, in the reader's script. */
export function useSourceList(dataset: Dataset): (ids: readonly string[]) => string {
  const t = useT();
  const lang = useLang();
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  return (ids) => sourceListText(sourcesOf(byId, ids), lang, t('parks.details.undated'));
}

/** "来源：…" — the line under each claim. */
export function useSourceLine(dataset: Dataset): (ids: readonly string[]) => string {
  const t = useT();
  const list = useSourceList(dataset);
  return (ids) => t('parks.details.sourceLine', { list: list(ids) });
}

/**
 * What the sources say, one claim per item, each with its source line. A claim resting on
 * secondary material is marked as such, with its confidence and "as of" date; the facts-file id
 * (F19, X03…) is shown so a reader can check it.
 */
export function ClaimList({ dataset, claims }: { dataset: Dataset; claims: readonly Claim[] }) {
  const t = useT();
  const lang = useLang();
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const sourceLine = useSourceLine(dataset);
  return (
    <ul className="claims">
      {claims.map((claim, i) => {
        const standing = claimStanding(dataset, byId, claim);
        return (
          <li key={i} className={standing.secondary ? 'claim is-secondary' : 'claim'}>
            <p className="claim-text">{pick(claim.text, lang)}</p>
            <p className="claim-source">
              {standing.inference ? (
                <span className="badge-inference">
                  {t('parks.details.inference')} · {t(`parks.details.confidence.${standing.confidence}`)}
                </span>
              ) : standing.secondary ? (
                <span className="badge-secondary">
                  {t('parks.details.secondary')} · {t(`parks.details.confidence.${standing.confidence}`)}
                  {standing.asOf
                    ? ` · ${t('parks.details.asOf', { date: formatDate(standing.asOf, lang) })}`
                    : ''}
                </span>
              ) : null}{' '}
              {sourceLine(claim.sources)}
              {claim.fact ? (
                <>
                  {' '}
                  {standing.inference ? t('parks.details.inferenceBasis') : null}
                  <FactTag dataset={dataset} fact={claim.fact} sources={claim.sources} />
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * A fact's tag ([F19], [X03]) as a link to its first source's entry in the source list, where the
 * outlet, title and date are; the label names the source it goes to.
 */
export function FactTag({
  dataset,
  fact,
  sources,
}: {
  dataset: Dataset;
  fact: string;
  sources: readonly string[];
}) {
  const t = useT();
  const lang = useLang();
  const { openSources } = useViewActions();
  const byId = useMemo(() => sourcesById(dataset), [dataset]);
  const [first] = sourcesOf(byId, sources);
  if (!first) return <span className="fact-id">[{fact}]</span>;
  return (
    <SourceLink
      sourceId={first.id}
      onActivate={openSources}
      className="fact-id"
      label={t('parks.details.factLink', { fact, source: pick(first.outlet, lang) })}
    >
      [{fact}]
    </SourceLink>
  );
}

/** A named firm or project: what it is, where the sources put it, its dated events and claims. */
export function EntityBody({ dataset, entity }: { dataset: Dataset; entity: Entity }) {
  const t = useT();
  const lang = useLang();
  const sourceLine = useSourceLine(dataset);
  return (
    <>
      <p className="entity-meta">
        {t(`parks.entityKind.${entity.kind}`)} · {entityWhere(dataset, entity, lang, t)}
      </p>
      {entity.events.length ? (
        <ul className="claims">
          {entity.events.map((ev, i) => (
            <li key={i} className="claim">
              <p className="claim-text">
                <time dateTime={ev.date}>{formatDate(ev.date, lang)}</time> {pick(ev.text, lang)}
              </p>
              <p className="claim-source">{sourceLine(ev.sources)}</p>
            </li>
          ))}
        </ul>
      ) : null}
      <ClaimList dataset={dataset} claims={entity.claims} />
    </>
  );
}

function entityWhere(
  dataset: Dataset,
  entity: Entity,
  lang: ReturnType<typeof useLang>,
  t: Translate,
): string {
  const loc = entity.location;
  if (loc.precision === 'unpublished') return t('parks.precision.unpublished');
  const division = dataset.divisions.find((d) => d.code === loc.division);
  const park = entity.park ? dataset.parks.find((p) => p.id === entity.park) : undefined;
  const place = park ? pick(park.name, lang) : division ? pick(division.name, lang) : '';
  return `${place} · ${t(`parks.precision.${precisionKey(loc)}`)}`;
}

/** The full citation of every source a panel used: outlet, title (or our description), date, tier. */
export function SourceFooter({ sources }: { sources: readonly Source[] }) {
  const t = useT();
  const lang = useLang();
  if (sources.length === 0) return null;
  return (
    <ol className="source-footer">
      {sources.map((s) => {
        const href = httpHref(s.url);
        return (
          <li key={s.id}>
            {pick(s.outlet, lang)} ·{' '}
            <SourceDate
              date={s.date}
              dateNote={s.dateNote}
              lang={lang}
              undated={t('parks.details.undated')}
            />{' '}
            ·{' '}
            <SourceTitle
              source={s}
              lang={lang}
              glossText={(gloss) => t('sourcesList.gloss', { gloss })}
              descriptionLabel={t('sourcesList.description')}
            />
            {s.tier === 'secondary' ? (
              <span className="muted">
                {' '}
                · {t('parks.details.secondary')} · {t(`parks.details.confidence.${s.confidence}`)}
              </span>
            ) : null}
            {href ? (
              <>
                {' · '}
                <a href={href} rel="noreferrer noopener" target="_blank">
                  {href.replace(/^https?:\/\//i, '')}
                </a>
              </>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
