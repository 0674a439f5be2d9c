import './share.css';
import { useRef, useState } from 'react';
import { useT } from '../../i18n/i18n-context';
import { LazyPartBoundary, lazyPart } from '../../ui/lazy-part';

// Lazy: qrcode and the dialog stay out of the first download until someone shares (pointing at
// or focusing the button starts the download; a failure shows when the dialog is asked for).
const shareDialog = lazyPart(
  () => import('./share-dialog'),
  (m) => m.ShareDialog,
);

/** The header's Share control: opens the Share dialog and takes the focus back when it closes. */
export function ShareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  // Each press of Share is a fresh attempt: after a failed load it fetches the dialog's chunk again.
  const [attempt, setAttempt] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button button-on-brand share-button"
        aria-haspopup="dialog"
        onPointerEnter={shareDialog.preload}
        onFocus={shareDialog.preload}
        onClick={() => {
          shareDialog.retry();
          setAttempt((n) => n + 1);
          setOpen(true);
        }}
      >
        <svg className="share-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="18" cy="5" r="3" />
          <circle cx="6" cy="12" r="3" />
          <circle cx="18" cy="19" r="3" />
          <path d="M8.6 13.5l6.8 4M15.4 6.5l-6.8 4" />
        </svg>
        {t('share.button')}
      </button>
      {open ? (
        // Where the dialog's chunk cannot be fetched, say so beside the button, with Retry; the app stays up.
        <LazyPartBoundary
          key={attempt}
          part={shareDialog}
          message={t('share.loadFailed')}
          retryLabel={t('share.retry')}
          className="share-load-failed"
        >
          <shareDialog.Component onClose={close} />
        </LazyPartBoundary>
      ) : null}
    </>
  );
}
