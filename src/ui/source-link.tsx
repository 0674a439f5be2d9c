import type { ReactNode } from 'react';
import { InPageLink } from './in-page-link';

/** The id of a source's entry in the source list (features/sources). */
export const sourceEntryId = (sourceId: string) => `source-${sourceId}`;

interface Props {
  sourceId: string;
  /** Says where the link goes ("F19: see 南都 in the source list"); contains the visible text. */
  label: string;
  /** Opens the source list (the feature's store action); runs before the focus moves to the entry. */
  onActivate: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A source tag ([F19], [X03]) as a link to its source's entry in the source list: an in-page
 * anchor (no URL param): `onActivate` opens the list (the overview tab, closing the details over
 * it), then the focus moves to the entry. A modified click (new tab or window) keeps the browser's own behaviour.
 */
export function SourceLink({ sourceId, label, onActivate, className, children }: Props) {
  return (
    <InPageLink
      targetId={sourceEntryId(sourceId)}
      label={label}
      onActivate={onActivate}
      className={className ? `source-link ${className}` : 'source-link'}
    >
      {children}
    </InPageLink>
  );
}
