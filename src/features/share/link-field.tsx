import { useId, type RefObject } from 'react';

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
