import { useId, type RefObject } from 'react';
import type { Translate } from '../../i18n/i18n-context';
import { copyKeys, type CopyResult } from './copy-text';

interface Props {
  label: string;
  link: string;
  /** The field, for the copy that selects its text where the clipboard is refused. */
  fieldRef: RefObject<HTMLInputElement | null>;
  copyLabel: string;
  onCopy: () => void;
  disabled?: boolean;
  /** Where the browser has a system share sheet: its button's words and action, beside Copy. */
  share?: { label: string; onShare: () => void } | undefined;
}

/**
 * A link to copy: its label, the read-only field (selected on focus) and the Copy button; where
 * the browser has a share sheet, a Share button too (copy and the QR code stay: a reader may want
 * the link on this device, or the sheet may not list the app they need).
 */
export function LinkField({ label, link, fieldRef, copyLabel, onCopy, disabled = false, share }: Props) {
  const id = useId();
  return (
    <>
      <label className="share-link-label" htmlFor={id}>
        {label}
      </label>
      <div className="share-link-row">
        <input
          ref={fieldRef}
          id={id}
          className="share-link"
          type="url"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button button-primary" disabled={disabled} onClick={onCopy}>
          {copyLabel}
        </button>
        {share ? (
          <button
            type="button"
            className="button share-sheet-button"
            disabled={disabled}
            onClick={share.onShare}
          >
            {share.label}
          </button>
        ) : null}
      </div>
    </>
  );
}

/** What the last action on a link did: a copy's result, or a share sheet that could not open. */
export type LinkStatus = CopyResult | 'share-failed';

/**
 * What a copy did, in words: copied, or the keys to copy by hand (the field is then selected); or
 * that the share sheet failed, pointing at copy and the QR code. A closed sheet says nothing.
 */
export const copyStatus = (t: Translate, status: LinkStatus | null): string =>
  status === 'copied'
    ? t('shareDialog:copied')
    : status === 'manual'
      ? t('shareDialog:copyManual', { keys: copyKeys() })
      : status === 'share-failed'
        ? t('shareDialog:shareFailed')
        : '';
