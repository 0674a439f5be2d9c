import 'i18next';
import type { LazyResources } from './lazy-areas';
import type { EagerMessages } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    /** The first download's strings, and one namespace per lazy area (lazy-area.ts). */
    resources: { translation: EagerMessages } & LazyResources;
  }
}
