import type { Lang, Localized } from '../domain/schema/dataset-schema';
import { parenthesized, sourceDateWords } from '../domain/text/source-dates';

interface Props {
  date: string | null;
  dateNote?: Localized | null;
  lang: Lang;
  /** The word for a source that carries no date. */
  undated: string;
}

/** A source's date wherever a source is cited, with its hedge when it has one (see sourceDateWords). */
export function SourceDate({ date, dateNote, lang, undated }: Props) {
  const words = sourceDateWords(date, dateNote, lang, undated);
  return (
    <>
      {date ? <time dateTime={date}>{words.date}</time> : words.date}
      {words.note ? <span className="muted source-date-note">{parenthesized(words.note, lang)}</span> : null}
    </>
  );
}
