import type { Translation } from '../resources';
import { linksEn } from '../messages/en/links';
import { appEn } from '../messages/en/app';
import { sourcesEn } from '../messages/en/sources';
import { filtersEn } from '../messages/en/filters';
import { chartsEn } from '../messages/en/charts';
import { mapEn } from '../messages/en/map';
import { parksEn } from '../messages/en/parks';
import { knownEn } from '../messages/en/known';
import { shareEn } from '../messages/en/share';
import { outcomesEn } from '../messages/en/outcomes';
import { compareEn } from '../messages/en/compare';

/** Every area's strings in English: one chunk, fetched only for its readers. */
export const enMessages: Translation = {
  ...appEn,
  ...sourcesEn,
  ...filtersEn,
  ...chartsEn,
  ...mapEn,
  ...parksEn,
  ...knownEn,
  ...linksEn,
  ...shareEn,
  ...outcomesEn,
  ...compareEn,
};
