import type { Widen } from '../../define-messages';
import type { compareMessages } from '../compare';

export const compareEn: Widen<typeof compareMessages> = {
  compare: {
    add: 'Add {{name}} to comparison',
    remove: 'Remove {{name}} from comparison',
    addShort: '+ Compare',
    chosenShort: '✓ Comparing',
    print: 'Print / save as PDF',
    loadFailed: 'The comparison could not be loaded.',
  },
};
