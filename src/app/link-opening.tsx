import { LINK_OPENING_CLASS } from '../../scripts/first-screen-contract.mjs';
import type { Lang } from '../domain/schema/dataset-schema';
import { useLang } from '../i18n/i18n-context';

/**
 * Its words live here, not in the app's messages: only the prerendered screens show them, so the
 * live app's bundle does not carry them (the first screen's budget is counted in bytes).
 */
const OPENING: Record<Lang, string> = {
  'zh-Hans': '正在打开链接中的视图…',
  'zh-Hant': '正在開啟連結中的檢視…',
  en: 'Opening the view in this link…',
};

/**
 * Each prerendered screen's "Opening the view in this link…", shown by app.css only while a link
 * that names a view is opening (html[data-opening], set by first-screen.ts): the screen under it is
 * the default view, which that link is not. Rendered into the first screens only (prerender.tsx).
 */
export function LinkOpening() {
  return (
    <p className={LINK_OPENING_CLASS} role="status">
      {OPENING[useLang()]}
    </p>
  );
}
