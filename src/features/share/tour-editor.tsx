import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { sceneName, type JoinNames, type SceneNameWords } from '../../domain/share/scene-name';
import { SCENE_SECONDS } from '../../domain/share/scene-token';
import {
  type DraftScene,
  draftScenes,
  draftTokens,
  moveScene,
  sceneSeconds,
  tourFits,
  updateScene,
} from '../../domain/share/tour-draft';
import { useLang, useT } from '../../i18n/i18n-context';
import { MAX_PARAM_LENGTH, viewLink } from '../../state/url-codec';
import { DEFAULT_VIEW } from '../../state/view-state';
import { useViewStore } from '../../state/view-store-context';
import { copyText, type CopyResult } from './copy-text';
import { copyStatus, LinkField } from './link-field';
import { TourSceneRow } from './tour-scene-row';

/**
 * The scenes' names as the presentation words them; its {n} and {names} placeholders, from
 * the UI strings' {{n}} and {{names}}. The list separator too, from the strings: the Share dialog's chunk must not import
 * localize.ts (see scene-name.ts). A test holds both to the presentation's captions
 * (features/present/scene-caption.test.ts).
 */
function useSceneNameWords(): SceneNameWords & { joinNames: JoinNames } {
  const t = useT();
  const separator = t('shareDialog:tour.names.separator');
  return {
    joinNames: (names) => names.join(separator),
    overview: t('shareDialog:tour.names.overview'),
    sectorPrefix: t('shareDialog:tour.names.sectorPrefix'),
    east: t('shareDialog:tour.names.east'),
    west: t('shareDialog:tour.names.west'),
    parksCount: t('shareDialog:tour.names.parksCount', { n: '{n}' }),
    clustersCount: t('shareDialog:tour.names.clustersCount', { n: '{n}' }),
    figures: t('shareDialog:tour.names.figures'),
  };
}

export interface TourEditorProps {
  /** The dataset the dashboard behind the dialog shows. */
  dataset: Dataset;
  /** The app's address without query: the tour link's base, as the Share link's. */
  base: string;
  /** Closes the Share dialog (before presenting starts). */
  close: () => void;
}

/**
 * The Share dialog's "Make a presentation tour", inside its fold (tour-section.tsx): the scenes of
 * the tour built from the data and of the view on screen, to tick, order and caption, with the
 * seconds per scene, and the resulting tour link to copy, or to start presenting here.
 */
export function TourEditor({ dataset, base, close }: TourEditorProps) {
  const t = useT();
  const lang = useLang();
  const words = useSceneNameWords();
  // The view the dialog was opened on: it is modal, so the view does not change under it.
  const view = useViewStore((s) => s.view);
  const { setPresenting, replaceView } = useViewStore((s) => s.actions);
  const [items, setItems] = useState<readonly DraftScene[]>(() => draftScenes(dataset, view));
  const [typedEvery, setTypedEvery] = useState(String(SCENE_SECONDS.default));
  const [moved, setMoved] = useState('');
  const [copy, setCopy] = useState<CopyResult | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  /** After a move: the scene whose button keeps the focus, and which way it moved. */
  const refocus = useRef<{ key: string; step: -1 | 1 } | null>(null);
  const everyId = useId();

  const every = sceneSeconds(typedEvery);
  const tokens = draftTokens(items);
  const fits = tourFits(tokens, MAX_PARAM_LENGTH);
  const link =
    tokens.length > 0 && fits
      ? viewLink({ ...DEFAULT_VIEW, lang, mode: 'present', tour: tokens, every }, base)
      : '';
  const nameOf = (i: number) => {
    const item = items[i];
    return item ? sceneName(item.scene, dataset, lang, words, words.joinNames) : '';
  };

  // A moved row is taken out and put back by React, and its button loses the focus: give it back,
  // to the other button where this one has just been disabled (the row reached an end).
  useEffect(() => {
    const after = refocus.current;
    refocus.current = null;
    if (!after) return;
    const row = [...(listRef.current?.children ?? [])].find(
      (li) => li instanceof HTMLElement && li.dataset.scene === after.key,
    );
    const wanted = row?.querySelector<HTMLButtonElement>(`[data-move="${after.step < 0 ? 'up' : 'down'}"]`);
    const other = row?.querySelector<HTMLButtonElement>(`[data-move="${after.step < 0 ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [items]);

  const move = (index: number, step: -1 | 1) => {
    const item = items[index];
    const next = moveScene(items, index, step);
    if (!item || next === items) return;
    refocus.current = { key: item.key, step };
    setItems(next);
    setMoved(t('shareDialog:tour.moved', { name: nameOf(index), n: index + step + 1, total: items.length }));
    setCopy(null);
  };
  const edit = (key: string, patch: Parameters<typeof updateScene>[2]) => {
    setItems((current) => updateScene(current, key, patch));
    setCopy(null);
  };
  const onCopy = async () => setCopy(await copyText(link, fieldRef.current));
  // Presenting begins from this view (leaving comes back to it), then takes the tour: one history
  // entry into the presentation, as the header's Present button makes.
  const onStart = () => {
    close();
    setPresenting(true);
    replaceView({ ...view, mode: 'present', tour: tokens, every, scene: 0 });
  };

  return (
    <>
      <p className="tour-intro">{t('shareDialog:tour.intro')}</p>
      <ol ref={listRef} className="tour-scenes" aria-label={t('shareDialog:tour.scenes')}>
        {items.map((item, i) => (
          <TourSceneRow
            key={item.key}
            item={item}
            name={nameOf(i)}
            first={i === 0}
            last={i === items.length - 1}
            onToggle={(on) => edit(item.key, { on })}
            onCaption={(caption) => edit(item.key, { caption })}
            onMove={(step) => move(i, step)}
          />
        ))}
      </ol>
      <p className="sr-only" role="status">
        {moved}
      </p>
      <div className="tour-every">
        <label htmlFor={everyId}>
          {t('shareDialog:tour.every', { min: SCENE_SECONDS.min, max: SCENE_SECONDS.max })}
        </label>
        <input
          id={everyId}
          type="number"
          inputMode="numeric"
          min={SCENE_SECONDS.min}
          max={SCENE_SECONDS.max}
          step={1}
          value={typedEvery}
          onChange={(e) => {
            setTypedEvery(e.currentTarget.value);
            setCopy(null);
          }}
          onBlur={() => setTypedEvery(String(every))}
        />
      </div>
      <LinkField
        label={t('shareDialog:tour.linkLabel')}
        link={link}
        fieldRef={fieldRef}
        copyLabel={t('shareDialog:tour.copy')}
        onCopy={() => void onCopy()}
        disabled={!link}
      />
      <p className="share-copy-status tour-status" role="status">
        {!tokens.length
          ? t('shareDialog:tour.none')
          : !fits
            ? t('shareDialog:tour.tooLong')
            : copyStatus(t, copy)}
      </p>
      <div className="tour-actions">
        <button type="button" className="button" disabled={!link} onClick={onStart}>
          {t('shareDialog:tour.start')}
        </button>
      </div>
    </>
  );
}
