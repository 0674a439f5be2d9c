import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Translate } from '../../i18n/i18n-context';
import type { Dataset, Lang } from '../../domain/schema/dataset-schema';
import type { Followup } from '../../domain/schema/followup-schema';
import type { ParkFacts } from '../../domain/schema/park-facts-schema';
import { dataFiles } from '../../domain/export/data-files';
import { dateRange } from '../../domain/text/source-dates';
import { exportWords, readmeWords } from './export-words';

/**
 * The data download's own chunk (loaded on the first click, never with the page): the tables as
 * CSV files (domain/export) zipped with fflate. Everything is made here in the browser from the
 * data the page already holds; nothing is fetched but the follow-up file, if it is not loaded yet.
 */

export interface DataZip {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

export function buildDataZip({
  dataset,
  followup,
  parkFacts,
  lang,
  t,
  now,
  url,
}: {
  dataset: Dataset;
  followup: Followup | null;
  parkFacts: ParkFacts | null;
  lang: Lang;
  t: Translate;
  now: Date;
  url: string;
}): DataZip {
  // The reader's own calendar day (toISOString's would be yesterday's morning in Zhaoqing).
  const date = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  const range = dateRange(
    [...dataset.sources, ...(followup?.sources ?? []), ...(parkFacts?.sources ?? [])].map((s) => s.date),
  );
  const files = dataFiles({
    dataset,
    followup,
    parkFacts,
    lang,
    words: exportWords(t),
    readme: readmeWords(t, {
      date,
      url,
      asOf: dataset.meta.asOf,
      from: range?.from ?? dataset.meta.asOf,
      to: range?.to ?? dataset.meta.asOf,
    }),
  });
  // Each file dated today; deflated (CSV of Chinese text shrinks to about a third).
  const mtime = now;
  const zippable: Zippable = Object.fromEntries(files.map((f) => [f.name, [strToU8(f.text), { mtime }]]));
  return {
    bytes: zipSync(zippable, { level: 9 }) as Uint8Array<ArrayBuffer>,
    fileName: `zhaoqing-344-data-${lang}-${date}.zip`,
  };
}
