import { useT } from '../i18n/i18n-context';

/**
 * "Print / save as PDF": the browser's own print dialog, where saving as PDF is one choice. What
 * prints is the print layout's to decide (@media print), not this button's.
 */
export function PrintButton({ className }: { className?: string }) {
  const t = useT();
  return (
    <button
      type="button"
      className={`button print-button${className ? ` ${className}` : ''}`}
      onClick={() => window.print()}
    >
      {t('compare.print')}
    </button>
  );
}
