import type { Lang, Source } from './dataset-schema';
import { pick } from './localize';

/**
 * A source's title as a reader may take it: a real headline in 《》, in its original language; a
 * description we wrote (no headline is known) in the reader's language and never in 《》, so it is
 * not mistaken for the piece's own title.
 */
export function sourceTitleText(source: Pick<Source, 'title' | 'titleKind' | 'titleGloss'>, lang: Lang) {
  return source.titleKind === 'original' ? `《${source.title}》` : pick(source.titleGloss, lang);
}
