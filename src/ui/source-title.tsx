import type { Lang, Source } from '../domain/schema/dataset-schema';
import { sourceTitleParts } from '../domain/text/source-title';

interface Props {
  source: Pick<Source, 'title' | 'titleKind' | 'titleGloss'>;
  lang: Lang;
  /** "Title in English: {{gloss}}", with the gloss filled in. */
  glossText: (gloss: string) => string;
  /** "(no headline known; our description) ". */
  descriptionLabel: string;
}

/**
 * A source's title wherever sources are cited (the source list, a place's sources): the headline
 * in 《》 in its original script, tagged with its language, and a gloss in the reader's language
 * beside it; or our description, marked as ours and never in 《》.
 */
export function SourceTitle({ source, lang, glossText, descriptionLabel }: Props) {
  const parts = sourceTitleParts(source, lang);
  if (parts.kind === 'description')
    return (
      <span className="source-description" lang={lang}>
        {descriptionLabel}
        {parts.text}
      </span>
    );
  return (
    <>
      <span className="source-title" lang={parts.originalLang}>
        {parts.original}
      </span>
      {parts.gloss !== null ? (
        <span className="muted source-gloss" lang={lang}>
          {' '}
          {glossText(parts.gloss)}
        </span>
      ) : null}
    </>
  );
}
