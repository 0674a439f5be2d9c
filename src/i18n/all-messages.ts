import type { Lang } from '../domain/dataset-schema';
import type { Widen } from './define-messages';
import { chartsPanelBundle } from './lazy/charts-panel';
import { entityListBundle } from './lazy/entity-list';
import { outcomesPanelBundle } from './lazy/outcomes-panel';
import { shareDialogBundle } from './lazy/share-dialog';
import { enMessages } from './locales/en';
import { zhHantMessages } from './locales/zh-Hant';
import { zhHansMessages, type Messages } from './resources';

/** The lazy areas' bundles (i18n/lazy-messages.ts), by area. */
export const LAZY_BUNDLES = {
  shareDialog: shareDialogBundle,
  outcomesPanel: outcomesPanelBundle,
  chartsPanel: chartsPanelBundle,
  entityList: entityListBundle,
};

/**
 * All three languages at once, lazy areas included, for the prerender and the tests (which render
 * any language synchronously). The app itself loads only the reader's (resources.ts, loadMessages)
 * and each lazy area with its chunk.
 */
export const ALL_MESSAGES: Record<Lang, Widen<Messages>> = {
  'zh-Hans': {
    ...zhHansMessages,
    ...shareDialogBundle['zh-Hans'],
    ...outcomesPanelBundle['zh-Hans'],
    ...chartsPanelBundle['zh-Hans'],
    ...entityListBundle['zh-Hans'],
  },
  'zh-Hant': {
    ...zhHantMessages,
    ...shareDialogBundle['zh-Hant'],
    ...outcomesPanelBundle['zh-Hant'],
    ...chartsPanelBundle['zh-Hant'],
    ...entityListBundle['zh-Hant'],
  },
  en: {
    ...enMessages,
    ...shareDialogBundle.en,
    ...outcomesPanelBundle.en,
    ...chartsPanelBundle.en,
    ...entityListBundle.en,
  },
};
