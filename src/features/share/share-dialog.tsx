import './share-dialog.css';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { useLang, useT } from '../../i18n/i18n-context';
import { shareAddress, unreachable } from '../../domain/share/share-address';
import { shareDialogArea } from '../../i18n/lazy/share-dialog';
import { useLazyArea } from '../../i18n/i18n-context';
import { viewLink } from '../../state/url-codec';
import { useViewStore } from '../../state/view-store-context';
import { copyText } from './copy-text';
import { TourSection } from './tour-section';
import { QrCode } from '../../ui/qr-code';
import { copyStatus, LinkField, type LinkStatus } from './link-field';
import { canShareSheet, openShareSheet } from './share-sheet';
import { PUBLIC_URL } from '../../data/public-url';

/**
 * The Share dialog: the link to the current view, a Copy button, a Share button where the browser
 * has a system share sheet (a phone's: send the link by a messaging app), the link's QR code, and, when
 * other devices cannot open that link (a page on 127.0.0.1 or a private host, with no public
 * address configured), a note that says so. Below, folded, a small editor of a presentation tour
 * and its link (tour-section.tsx). A native modal <dialog>: the browser traps focus and closes it
 * on Escape; loaded lazily with qrcode and its own strings.
 */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  useLazyArea(shareDialogArea);
  const t = useT();
  const view = useViewStore((s) => s.view);
  const lang = useLang();
  // Built from the view, not read from the address bar: a debounced map write may still be pending.
  // It always names the language on screen, chosen or not: a reader who never pressed a language
  // button shares what they read, not whatever the recipient's browser prefers.
  const address = shareAddress(window.location.href, PUBLIC_URL);
  const link = viewLink({ ...view, lang: view.lang ?? lang }, address.base);
  const cannotOpen = unreachable(address);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<LinkStatus | null>(null);
  const shareData = { title: t('app.title'), text: t('shareDialog:shareText'), url: link };
  const sheet = canShareSheet(shareData);
  const titleId = useId();
  const reachId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    // Under StrictMode the effect runs twice; showModal on an open dialog throws.
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const onCopy = async () => setStatus(await copyText(link, fieldRef.current));
  const onShare = async () => {
    setStatus(null);
    const result = await openShareSheet(shareData);
    // Closing the sheet without choosing an app is the reader's choice, not an error.
    if (result === 'failed') setStatus('share-failed');
  };
  // The body fills the dialog, so a click on the dialog itself is a click on the backdrop.
  const onBackdrop = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) e.currentTarget.close();
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={titleId}
      aria-describedby={cannotOpen ? reachId : undefined}
      onClose={onClose}
      onClick={onBackdrop}
    >
      <div className="share-dialog-body">
        <h2 id={titleId} className="share-title">
          {t('shareDialog:title')}
        </h2>
        <p className="share-intro">{t('shareDialog:intro')}</p>
        {cannotOpen ? (
          <div className="share-reach" role="note" id={reachId} data-reach={cannotOpen}>
            <svg className="share-reach-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 3 2 21h20L12 3z" />
              <path d="M12 10v5M12 17.5v.5" />
            </svg>
            <div>
              <p>{t(`shareDialog:reach.${cannotOpen}`, { host: address.host })}</p>
              <p>{t('shareDialog:reach.fix', { setting: 'VITE_PUBLIC_URL' })}</p>
            </div>
          </div>
        ) : null}
        <LinkField
          label={t('shareDialog:linkLabel')}
          link={link}
          fieldRef={fieldRef}
          copyLabel={t('shareDialog:copy')}
          onCopy={() => void onCopy()}
          share={sheet ? { label: t('shareDialog:share'), onShare: () => void onShare() } : undefined}
        />
        <p className="share-copy-status" role="status">
          {copyStatus(t, status)}
        </p>
        <figure className="share-qr">
          <QrCode text={link} label={t('shareDialog:qrLabel')} />
          <figcaption>{t('shareDialog:qrHint')}</figcaption>
        </figure>
        <TourSection base={address.base} close={() => dialogRef.current?.close()} />
        <div className="share-actions">
          <button type="button" className="button" onClick={() => dialogRef.current?.close()}>
            {t('shareDialog:close')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
