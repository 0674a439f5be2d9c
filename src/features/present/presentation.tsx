import './present.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import type { Geography } from '../../domain/schema/geo-schema';
import { boundsOf, counties } from '../../domain/map/geo';
import { sceneSubject, subjectArea } from '../../domain/share/scene-subject';
import type { Scene } from '../../domain/share/tour';
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
import { usePresentKeys } from './use-present-keys';
import { CARD_WORDS } from './card-words';
import { FiguresBoard } from './figures-board';
import { SceneCard } from './scene-card';

/** A horizontal swipe this long (px) on the caption bar steps the tour, as a touch screen expects. */
const SWIPE_PX = 60;

/**
 * Presentation mode, on top of the dashboard: the page laid out for a screen read from 5 m (a
 * class on <html>, see present.css), the map framed on each scene's subject, the scene's card
 * beside it (the key figures across the screen), the QR code of the scene's browsing view, the
 * caption, the controls as visible buttons (WCAG 2.2.2: pausing needs no hover) and the keys
 * (use-present-keys.ts). Everything it adds (class, listeners, timer) is removed when it unmounts.
 */
export function Presentation({ dataset, geography }: { dataset: Dataset; geography: Geography }) {
  const lang = useLang();
  const words = PRESENT_WORDS[lang];
  const countyBounds = useMemo(
    () => new Map(counties(geography).map((f) => [f.properties.code, boundsOf([f])])),
    [geography],
  );
  const frameOf = useCallback(
    (scene: Scene) => subjectArea(sceneSubject(scene, dataset), countyBounds),
    [dataset, countyBounds],
  );
  const tour = useTour(dataset, frameOf);
  const view = useViewStore((s) => s.view);
  const { setPresenting, setQr } = useViewActions();
  // Entered by a click or a key (not by a link): full screen while that gesture still counts, and
  // no Full screen button meanwhile (shown, then taken away, it moved the controls and the map).
  const [enteringFullscreen] = useState(
    () => (navigator.userActivation?.isActive ?? false) && fullscreenAvailable(),
  );
  const [fullscreen, setFullscreen] = useState(
    () => document.fullscreenElement !== null || enteringFullscreen,
  );
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
    if (!enteringFullscreen) return;
    // Refused: the button is offered after all.
    void enterFullscreen().then((entered) => {
      if (!entered) setFullscreen(document.fullscreenElement !== null);
    });
  }, [enteringFullscreen]);

  const leave = () => {
    exitFullscreen();
    setPresenting(false);
  };
  const latest = useRef({ tour, leave, toggleBlank: () => {} });
  useLayoutEffect(() => {
    latest.current = { tour, leave, toggleBlank };
  });

  usePresentKeys(latest, setFullscreen);

  // The QR code: the scene's browsing view for a visitor's phone, steady long enough to scan.
  const address = shareAddress(window.location.href, PUBLIC_URL);
  const qrLink = useSteadyLink(sceneQrLink(view, lang, address), tour.handSteps);
  const unreachable = cannotOpen(address);

  const scene = tour.scenes[tour.index];
  const caption = scene ? sceneCaption(scene, dataset, lang, words) : '';

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
    <section
      className="presentation"
      aria-label={words.region}
      data-scene={scene ? scene.kind : undefined}
      // An east or west scene: present.css sets that block's counties off from the other's.
      data-block={scene?.kind === 'block' ? scene.block : undefined}
    >
      <div className={scene?.kind === 'figures' ? 'presentation-side is-board' : 'presentation-side'}>
        {scene?.kind === 'figures' ? (
          <FiguresBoard dataset={dataset} />
        ) : scene ? (
          <SceneCard scene={scene} dataset={dataset} />
        ) : null}
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
      </div>
      <div className="presentation-bar" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        <p className="presentation-caption" aria-live="polite" key={tour.index}>
          {caption}
        </p>
        {/* The operator's controls: for the presenter at the screen, not the audience. */}
        <div className="presentation-controls" data-operator="">
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
        <p className="presentation-credits">{CARD_WORDS[lang].credits}</p>
      </div>
      {blank ? (
        <div className="presentation-blank" onClick={toggleBlank}>
          <span className="sr-only">{words.blank}</span>
        </div>
      ) : null}
    </section>
  );
}
