import './share.css';
import { Suspense, lazy, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const loadDialog = () => import('./share-dialog');

/** Where the dialog's chunk cannot be fetched (a deployment replaced it), say so; the app stays up. */
function ShareLoadFailed() {
  const { t } = useTranslation();
  return (
    <p className="share-load-failed" role="alert">
      {t('share.loadFailed')}
    </p>
  );
}

// Lazy: qrcode and the dialog stay out of the first download until someone shares.
const ShareDialog = lazy(() =>
  loadDialog().then(
    (m) => ({ default: m.ShareDialog }),
    () => ({ default: ShareLoadFailed }),
  ),
);

const preload = () => {
  loadDialog().catch(() => undefined); // a failure shows when the dialog is asked for
};

/** The header's Share control: opens the Share dialog and takes the focus back when it closes. */
export function ShareButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
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
        className="button share-button"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => setOpen(true)}
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
        <Suspense fallback={null}>
          <ShareDialog onClose={close} />
        </Suspense>
      ) : null}
    </>
  );
}
