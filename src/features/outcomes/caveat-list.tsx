import { useId } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import type { Followup } from '../../domain/schema/followup-schema';
import { pick } from '../../domain/text/localize';

/** The caveats C1–C16, each anchored (#caveat-C4) for the cards to link to. */
export function CaveatList({ followup }: { followup: Followup }) {
  const t = useT();
  const lang = useLang();
  const headingId = useId();
  return (
    <section className="outcomes-caveats" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('outcomesPanel:caveatsHeading')}</h3>
      <ol>
        {followup.caveats.map((c) => (
          <li key={c.id} id={`caveat-${c.id}`}>
            <strong>
              {c.id} {pick(c.title, lang)}
            </strong>
            <p>{pick(c.text, lang)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
