import type { Translation } from '../resources';
import { linksZhHant } from '../messages/zh-Hant/links';
import { appZhHant } from '../messages/zh-Hant/app';
import { sourcesZhHant } from '../messages/zh-Hant/sources';
import { filtersZhHant } from '../messages/zh-Hant/filters';
import { chartsZhHant } from '../messages/zh-Hant/charts';
import { mapZhHant } from '../messages/zh-Hant/map';
import { parksZhHant } from '../messages/zh-Hant/parks';
import { knownZhHant } from '../messages/zh-Hant/known';
import { shareZhHant } from '../messages/zh-Hant/share';
import { outcomesZhHant } from '../messages/zh-Hant/outcomes';
import { compareZhHant } from '../messages/zh-Hant/compare';

/** Every area's strings in Traditional Chinese: one chunk, fetched only for its readers. */
export const zhHantMessages: Translation = {
  ...appZhHant,
  ...sourcesZhHant,
  ...filtersZhHant,
  ...chartsZhHant,
  ...mapZhHant,
  ...parksZhHant,
  ...knownZhHant,
  ...linksZhHant,
  ...shareZhHant,
  ...outcomesZhHant,
  ...compareZhHant,
};
