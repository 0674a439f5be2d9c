import './present.css';
import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { pick } from '../../domain/text/localize';
import { PUBLIC_URL } from '../../data/public-url';
import { shareAddress, unreachable as cannotOpen } from '../../domain/share/share-address';
import { useLang } from '../../i18n/i18n-context';
import { useViewActions, useViewStore } from '../../state/view-store-context';
import { QrCode } from '../../ui/qr-code';
import { enterFullscreen, exitFullscreen, fullscreenAvailable } from './fullscreen';
import { fill, PRESENT_WORDS } from './present-words';
import { sceneQrLink } from './scene-qr';
import { sceneCaption } from './scene-view';
import { useSteadyLink } from './use-steady-link';
import { useTour } from './use-tour';
import { useOnline } from './use-online';

/** A horizontal swipe this long (px) on the caption bar steps the tour, as a touch screen expects. */
const SWIPE_PX = 60;

/**
 * Presentation mode, on top of the dashboard: the page in large type with its editing controls
 * hidden (a class on <html>, see present.css), the scene's caption, the applied filters as
 * read-only chips, the controls as visible buttons (WCAG 2.2.2: pausing needs no hover), the QR
 * code of the view, and the keys: → PageDown Space next, ← PageUp previous, K pause, Esc leave.
 * Everything it adds (class, listeners, timer) is removed when it unmounts.
 */
export function Presentation({ dataset }: { dataset: Dataset }) {
  const lang = useLang();
  const words = PRESENT_WORDS[lang];
  const tour = useTour(dataset);
  const view = useViewStore((s) => s.view);
  const { setPresenting, setQr } = useViewActions();
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  const swipeFrom = useRef<number | null>(null);
  const online = useOnline();
  // B or . (a clicker's "blank screen" key): the screen goes black and the tour holds still until
  // the same key (or a click) brings it back, paused or running as it was.
  const [blank, setBlank] = useState<{ wasPaused: boolean } | null>(null);
  const toggleBlank = () => {
    const t = latest.current.tour;
    if (blank) {
      if (!blank.wasPaused && t.paused) t.togglePause();
      setBlank(null);
    } else {
      if (!t.paused) t.togglePause();
      setBlank({ wasPaused: t.paused });
    }
  };

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.classList.add('is-presenting');
    return () => {
      root.classList.remove('is-presenting');
      // Left by Back or by a link as well as by Esc or the button: full screen ends with it.
      exitFullscreen();
    };
  }, []);
  useEffect(() => {
    // Entered by a click or a key (not by a link): full screen while that gesture still counts.
    if (navigator.userActivation?.isActive ?? false) void enterFullscreen();
  }, []);

  const leave = () => {
    exitFullscreen();
    setPresenting(false);
  };
  const latest = useRef({ tour, leave, toggleBlank: () => {} });
  useLayoutEffect(() => {
    latest.current = { tour, leave, toggleBlank };
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const { tour: t, leave: exit, toggleBlank: blankKey } = latest.current;
      const key = e.key;
      if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') t.step(1);
      else if (key === 'ArrowLeft' || key === 'PageUp') t.step(-1);
      else if (key === 'Home') t.goTo(0);
      else if (key === 'End') t.goTo(t.scenes.length - 1);
      else if (key === 'b' || key === 'B' || key === '.') blankKey();
      else if (key === 'k' || key === 'K') t.togglePause();
      else if (key === 'Escape') exit();
      else return;
      e.preventDefault();
    };
    // Esc in full screen is the browser's own: it leaves full screen, and the presentation with it.
    let wasFull = document.fullscreenElement !== null;
    const onFullscreen = () => {
      const full = document.fullscreenElement !== null;
      setFullscreen(full);
      if (wasFull && !full) latest.current.leave();
      wasFull = full;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, []);

  // The QR code: the scene's browsing view for a visitor's phone, steady long enough to scan.
  const address = shareAddress(window.location.href, PUBLIC_URL);
  const qrLink = useSteadyLink(sceneQrLink(view, lang, address), tour.handSteps);
  const unreachable = cannotOpen(address);

  const scene = tour.scenes[tour.index];
  const caption = scene ? sceneCaption(scene, dataset, lang, words) : '';
  const chips = view.sectors.map((id) => {
    const sector = dataset.sectors.find((s) => s.id === id);
    return { id, name: sector ? pick(sector.name, lang) : id, color: sector?.color ?? '#57606a' };
  });

  const onPointerDown = (e: PointerEvent) => {
    swipeFrom.current = e.pointerType === 'mouse' ? null : e.clientX;
  };
  const onPointerUp = (e: PointerEvent) => {
    const from = swipeFrom.current;
    swipeFrom.current = null;
    if (from === null || Math.abs(e.clientX - from) < SWIPE_PX) return;
    tour.step(e.clientX < from ? 1 : -1);
  };

  return (
    <section className="presentation" aria-label={words.region}>
      <div className="presentation-chips" aria-label={words.filters} role="group">
        <span className="presentation-chips-label">{words.filters}</span>
        {chips.length === 0 ? (
          <span className="presentation-chip">{words.allSectors}</span>
        ) : (
          chips.map((c) => (
            <span key={c.id} className="presentation-chip" style={{ borderColor: c.color }}>
              <span className="presentation-chip-swatch" style={{ background: c.color }} aria-hidden="true" />
              {c.name}
            </span>
          ))
        )}
      </div>
      {view.qr ? (
        <figure className="presentation-qr" data-link={qrLink}>
          {/* The Share dialog's address: the public one where it is set. */}
          <QrCode text={qrLink} label={words.qrLabel} />
          {unreachable ? (
            <figcaption className="presentation-qr-reach" data-reach={unreachable}>
              {fill(unreachable === 'this-device' ? words.qrThisDevice : words.qrLocalNetwork, {
                host: address.host,
              })}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
      <div className="presentation-bar" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <p className="presentation-caption" aria-live="polite" key={tour.index}>
          {caption}
        </p>
        <div className="presentation-controls">
          <p className="presentation-count">
            {fill(words.sceneOf, { n: tour.index + 1, total: tour.scenes.length })}
            {tour.paused ? ` · ${words.paused}` : ''}
          </p>
          {online ? null : <p className="presentation-offline">{words.offline}</p>}
          <button type="button" className="button" onClick={() => tour.step(-1)}>
            {words.previous}
          </button>
          <button type="button" className="button" aria-pressed={tour.paused} onClick={tour.togglePause}>
            {tour.paused ? words.resume : words.pause}
          </button>
          <button type="button" className="button" onClick={() => tour.step(1)}>
            {words.next}
          </button>
          <button type="button" className="button" aria-pressed={view.qr} onClick={() => setQr(!view.qr)}>
            {view.qr ? words.qrHide : words.qrShow}
          </button>
          {!fullscreen && fullscreenAvailable() ? (
            <button type="button" className="button" onClick={() => void enterFullscreen()}>
              {words.fullScreen}
            </button>
          ) : null}
          <button type="button" className="button presentation-exit" onClick={leave}>
            {words.exit}
          </button>
          <p className="presentation-keys">{words.keys}</p>
        </div>
      </div>
      {blank ? (
        <div className="presentation-blank" onClick={toggleBlank}>
          <span className="sr-only">{words.blank}</span>
        </div>
      ) : null}
    </section>
  );
}
