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
}

/** A link to copy: its label, the read-only field (selected on focus) and the Copy button. */
export function LinkField({ label, link, fieldRef, copyLabel, onCopy, disabled = false }: Props) {
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
      </div>
    </>
  );
}

/** What a copy did, in words: copied, or the keys to copy by hand (the field is then selected). */
export const copyStatus = (t: Translate, copy: CopyResult | null): string =>
  copy === 'copied'
    ? t('shareDialog:copied')
    : copy === 'manual'
      ? t('shareDialog:copyManual', { keys: copyKeys() })
      : '';
