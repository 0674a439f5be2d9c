import './compare-toggle.css';
import { useT } from '../i18n/i18n-context';

interface Props {
  /** The park's name in the reader's language: the button says which park it adds or removes. */
  name: string;
  chosen: boolean;
  onToggle: () => void;
  className?: string;
}

/**
 * A park’s way into the comparison (and out): a short visible word ("+ Compare", "✓ Compared"),
 * named in full from it ("Compare: add High-tech Zone to the comparison", label in name). aria-pressed says
 * whether it is chosen; the tray shows what is.
 */
export function CompareToggle({ name, chosen, onToggle, className }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      className={`compare-toggle${chosen ? ' is-chosen' : ''}${className ? ` ${className}` : ''}`}
      aria-label={t(chosen ? 'compare.remove' : 'compare.add', { name })}
      aria-pressed={chosen}
      onClick={onToggle}
    >
      {t(chosen ? 'compare.chosenShort' : 'compare.addShort')}
    </button>
  );
}
