import type { Widen } from '../../define-messages';
import type { entityListMessages } from '../entity-list';

export const entityListEn: Widen<typeof entityListMessages> = {
  entityList: {
    label: 'Firms and projects, {{total}} in all',
    keys: 'In the list, ↑ ↓ move one row, {{page}} a screenful, {{ends}} to the first or last.',
  },
};
