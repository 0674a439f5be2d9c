import type { Widen } from '../../define-messages';
import type { compareMessages } from '../compare';

export const compareEn: Widen<typeof compareMessages> = {
  compare: {
    add: 'Compare: add {{name}} to the comparison',
    remove: 'Compared: remove {{name}} from the comparison',
    addShort: '+ Compare',
    chosenShort: '✓ Compared',
    print: 'Print / save as PDF',
    loadFailed: 'The comparison could not be loaded.',
  },
};
