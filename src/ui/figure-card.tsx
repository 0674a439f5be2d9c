import { memo, type ReactNode } from 'react';

interface Props {
  label: string;
  /** Already carries its qualifier ("超800亿元"); never pass a bare number. */
  value: string;
  badge?: string | null;
  period?: string | null;
  /** A second line under the value: the earlier figure beside a newer one. */
  note?: string | null;
  sourceLine: string;
  sourceTitle?: string;
  /** Links under the card (a headline card's pointers to the verdict and the later facts). */
  links?: ReactNode;
}

/** Strings (and `links`), so a card whose words did not change is not rendered again (memo). */
export const FigureCard = memo(function FigureCard({
  label,
  value,
  badge,
  period,
  note,
  sourceLine,
  sourceTitle,
  links,
}: Props) {
  return (
    <article className="figure-card">
      <h3 className="figure-label">
        {label}
        {period ? <span className="figure-period"> · {period}</span> : null}
      </h3>
      <p className="figure-value">
        {badge ? <span className="figure-badge">{badge}</span> : null}
        {value}
      </p>
      {note ? <p className="figure-note">{note}</p> : null}
      {links ? <p className="figure-links">{links}</p> : null}
      <p className="figure-source" title={sourceTitle}>
        {sourceLine}
      </p>
    </article>
  );
});
