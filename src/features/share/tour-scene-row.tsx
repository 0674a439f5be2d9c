import { CAPTION_MAX } from '../../domain/share/tour-caption';
import type { DraftScene } from '../../domain/share/tour-draft';
import { useT } from '../../i18n/i18n-context';

interface RowProps {
  item: DraftScene;
  /** The scene's name in the reader's language (its caption unless the official gives one). */
  name: string;
  first: boolean;
  last: boolean;
  onToggle: (on: boolean) => void;
  onCaption: (caption: string) => void;
  onMove: (step: -1 | 1) => void;
}

/** A small arrow, drawn: the buttons' words name what they do (a glyph would be read out). */
function Arrow({ up }: { up: boolean }) {
  return (
    <svg className="tour-arrow" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={up ? 'M8 13V3M3.5 7.5 8 3l4.5 4.5' : 'M8 3v10M3.5 8.5 8 13l4.5-4.5'} />
    </svg>
  );
}

/**
 * One scene of the tour editor: ticked in or out, moved up or down (each button names its scene
 * for a screen reader; `data-move` lets the editor put the focus back after a move), and, while
 * in the tour, a caption of the official's own.
 */
export function TourSceneRow({ item, name, first, last, onToggle, onCaption, onMove }: RowProps) {
  const t = useT();
  return (
    <li className="tour-scene" data-scene={item.key} data-on={item.on}>
      <label className="tour-scene-pick">
        <input type="checkbox" checked={item.on} onChange={(e) => onToggle(e.currentTarget.checked)} />
        <span className="tour-scene-name">{name}</span>
        {item.current ? <span className="tour-scene-current">{t('shareDialog:tour.thisView')}</span> : null}
      </label>
      <span className="tour-scene-move">
        <button
          type="button"
          className="button"
          data-move="up"
          disabled={first}
          aria-label={t('shareDialog:tour.moveUpName', { name })}
          onClick={() => onMove(-1)}
        >
          <Arrow up />
          {t('shareDialog:tour.moveUp')}
        </button>
        <button
          type="button"
          className="button"
          data-move="down"
          disabled={last}
          aria-label={t('shareDialog:tour.moveDownName', { name })}
          onClick={() => onMove(1)}
        >
          <Arrow up={false} />
          {t('shareDialog:tour.moveDown')}
        </button>
      </span>
      {item.on ? (
        <label className="tour-scene-caption">
          <span>{t('shareDialog:tour.caption')}</span>
          <input
            type="text"
            aria-label={t('shareDialog:tour.captionName', { name })}
            value={item.caption}
            maxLength={CAPTION_MAX}
            onChange={(e) => onCaption(e.currentTarget.value)}
          />
        </label>
      ) : null}
    </li>
  );
}
