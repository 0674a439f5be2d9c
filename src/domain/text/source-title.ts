import type { Lang, Source } from '../schema/dataset-schema';
import { pick } from './localize';

type TitleFields = Pick<Source, 'title' | 'titleKind' | 'titleGloss'>;

/**
 * A source's title as a reader may take it: a real headline in 《》, in its original language; a
 * description we wrote (no headline is known) in the reader's language and never in 《》, so it is
 * not mistaken for the piece's own title.
 */
export function sourceTitleText(source: TitleFields, lang: Lang) {
  return source.titleKind === 'original' ? `《${source.title}》` : pick(source.titleGloss, lang);
}

/**
 * What a source list prints for a title. A headline keeps its original script (the dataset holds
 * it as published, in Simplified Chinese) and gets a gloss in the reader's language wherever that
 * reads differently (English; Traditional script); a description is only ever ours, in the
 * reader's language, marked as ours, never in 《》 and never presented as a gloss of a headline.
 */
export type SourceTitleParts =
  | { kind: 'original'; original: string; originalLang: 'zh-Hans'; gloss: string | null }
  | { kind: 'description'; text: string };

export function sourceTitleParts(source: TitleFields, lang: Lang): SourceTitleParts {
  if (source.titleKind === 'description') return { kind: 'description', text: pick(source.titleGloss, lang) };
  const gloss = pick(source.titleGloss, lang);
  return {
    kind: 'original',
    original: `《${source.title}》`,
    originalLang: 'zh-Hans',
    gloss: gloss !== source.title && gloss.trim() !== '' ? gloss : null,
  };
}
