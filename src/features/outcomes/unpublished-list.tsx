import { useId, useMemo } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Followup } from '../../domain/schema/followup-schema';
import { pick } from '../../domain/text/localize';
import { notFoundFacts } from '../../domain/outcomes/outcomes';

/** What was looked for and not found in our sources (the rows Y11, Y58 named beside theirs). */
export function UnpublishedList({ followup }: { followup: Followup }) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  const rows = useMemo(() => new Set(notFoundFacts(followup).map((f) => f.id)), [followup]);
  return (
    <section className="outcomes-unpublished" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomesPanel:unpublishedHeading')}</h3>
      <p className="muted">{t('outcomesPanel:unpublishedIntro')}</p>
      <ul>
        {followup.unpublished.map((u) => (
          <li key={u.id} data-unpublished={u.id}>
            {pick(u.text, lang)}
            {u.facts.some((f) => rows.has(f)) ? (
              <span className="muted"> ({u.facts.filter((f) => rows.has(f)).join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
