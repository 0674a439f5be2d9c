import type { ReactNode } from 'react';

/** A named list on a card. */
export function CardList({
  title,
  inline = false,
  children,
}: {
  title: string;
  /** Items run on in one paragraph, parted by a dot: a long list of short names. */
  inline?: boolean;
  children: ReactNode;
}) {
  return (
    <section className="scene-card-section">
      <h3>{title}</h3>
      <ul className={inline ? 'scene-card-list is-inline' : 'scene-card-list'}>{children}</ul>
    </section>
  );
}
