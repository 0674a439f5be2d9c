import './share-dialog.css';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { viewLink } from '../../state/url-codec';
import { useViewStore } from '../../state/view-store-context';
import { copyText, type CopyResult } from './copy-text';
import { QrCode } from './qr-code';

/** The copy shortcut of this keyboard. */
const copyKeys = () => (/Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘C' : 'Ctrl+C');

/** The app's own address (no query, no hash), wherever it is deployed. */
const appAddress = () => window.location.href.split(/[?#]/)[0] ?? '';

/**
 * The Share dialog: the link to the current view, a Copy button and the link's QR code. A native
 * modal <dialog>: the browser traps focus and closes it on Escape; loaded lazily with qrcode.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const view = useViewStore((s) => s.view);
  const lang = useLang();
  // Built from the view, not read from the address bar: a debounced map write may still be pending.
  // It always names the language on screen, chosen or not: a reader who never pressed a language
  // button shares what they read, not whatever the recipient's browser prefers.
  const link = viewLink({ ...view, lang: view.lang ?? lang }, appAddress());
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const titleId = useId();
  const fieldId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    // Under StrictMode the effect runs twice; showModal on an open dialog throws.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const onCopy = async () => setCopy(await copyText(link, fieldRef.current));
  // The body fills the dialog, so a click on the dialog itself is a click on the backdrop.
  const onBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) e.currentTarget.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={onBackdrop}
    >
      <div className="share-dialog-body">
        <h2 id={titleId} className="share-title">
          {t('share.title')}
        </h2>
        <p className="share-intro">{t('share.intro')}</p>
        <label className="share-link-label" htmlFor={fieldId}>
          {t('share.linkLabel')}
        </label>
        <div className="share-link-row">
          <input
            ref={fieldRef}
            id={fieldId}
            className="share-link"
            type="url"
            readOnly
            value={link}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className="button button-primary" onClick={() => void onCopy()}>
            {t('share.copy')}
          </button>
        </div>
        <p className="share-copy-status" role="status">
          {copy === 'copied'
            ? t('share.copied')
            : copy === 'manual'
              ? t('share.copyManual', { keys: copyKeys() })
              : ''}
        </p>
        <figure className="share-qr">
          <QrCode text={link} label={t('share.qrLabel')} />
          <figcaption>{t('share.qrHint')}</figcaption>
        </figure>
        <div className="share-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('share.close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
