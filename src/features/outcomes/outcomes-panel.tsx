import './outcomes.css';
import { useId, useMemo } from 'react';
import { useT } from '../../i18n/i18n-context';
import { DataLoadError } from '../../data/data-load-error';
import { FOLLOWUP_FILE } from '../../data/queries';
import { useFollowup } from '../../data/use-followup';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { Followup } from '../../domain/schema/followup-schema';
import { outcomeCards } from '../../domain/outcomes/outcomes';
import { laterFactGroups } from '../../domain/outcomes/later-facts';
import { outcomesPanelArea } from '../../i18n/lazy/outcomes-panel';
import { useLazyArea } from '../../i18n/i18n-context';
import { useDeferredSectors } from '../../state/view-store-context';
import { AllLaterFacts } from './all-later-facts';
import { CaveatList } from './caveat-list';
import { LaterSourceList } from './later-source-list';
import { OutcomeCardView } from './outcome-card';
import { UnpublishedList } from './unpublished-list';

/**
 * Targets & outcomes: for each target, what later sources say and the verdict in words. Text only:
 * no bar or line joins figures, so none can suggest a change between figures of different scope.
 * Only this view reports a failure of the follow-up file (with Retry); the rest of the page goes on.
 */
export function OutcomesPanel({ dataset }: { dataset: Dataset }) {
  // This chunk brings its own strings (not in the first download).
  useLazyArea(outcomesPanelArea);
  const t = useT();
  const followup = useFollowup('now');
  if (followup.data) return <OutcomesView dataset={dataset} followup={followup.data} />;
  if (followup.error)
    return (
      <div className="chunk-failed outcomes-load-failed" role="alert">
        <p>
          {t('outcomesPanel:loadFailed', { file: FOLLOWUP_FILE })} <FailureDetail error={followup.error} />
        </p>
        <button type="button" className="button" onClick={() => void followup.refetch()}>
          {t('outcomes.retry')}
        </button>
      </div>
    );
  return (
    <p role="status" className="outcomes-loading">
      {t('outcomes.loading')}
    </p>
  );
}

function FailureDetail({ error }: { error: Error }) {
  const t = useT();
  if (!(error instanceof DataLoadError)) return <>{error.message}</>;
  const f = error.failure;
  switch (f.kind) {
    case 'http':
      return <>{t('error.http', { status: f.status })}</>;
    case 'network':
      return <>{t('error.network')}</>;
    case 'json':
      return <>{t('error.json', { detail: f.detail })}</>;
    case 'schema':
      return (
        <>
          {t('error.schema')} {f.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}
        </>
      );
  }
}

export function OutcomesView({ dataset, followup }: { dataset: Dataset; followup: Followup }) {
  const t = useT();
  const selected = useDeferredSectors();
  const headingId = useId();
  const { cards, hidden } = useMemo(
    () => outcomeCards(dataset, followup, selected),
    [dataset, followup, selected],
  );
  // How many later facts each sector's "what happened since" list holds (the cards link to it).
  const since = useMemo(
    () => new Map(laterFactGroups(followup, selected).groups.map((g) => [g.topic, g.facts.length])),
    [followup, selected],
  );
  return (
    <section className="outcomes" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('outcomesPanel:heading')}</h2>
      <p className="muted">{t('outcomesPanel:intro')}</p>
      {hidden > 0 ? <p className="outcomes-hidden">{t('outcomesPanel:hidden', { count: hidden })}</p> : null}
      <ul className="outcome-cards">
        {cards.map((card) => (
          <li key={card.pair.id}>
            <OutcomeCardView card={card} dataset={dataset} since={since} />
          </li>
        ))}
      </ul>
      <AllLaterFacts dataset={dataset} followup={followup} selected={selected} />
      <UnpublishedList followup={followup} />
      <CaveatList followup={followup} />
      <LaterSourceList followup={followup} />
    </section>
  );
}
