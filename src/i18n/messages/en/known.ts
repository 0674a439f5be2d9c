import type { Widen } from '../../define-messages';
import type { knownMessages } from '../known';

export const knownEn: Widen<typeof knownMessages> = {
  known: {
    line: 'sources: {{sources}} · figures: {{figures}} · confidence: {{rated}}',
    rated: { high: '{{count}} high', medium: '{{count}} medium', low: '{{count}} low' },
    basis:
      'Sources: those the details list at their end; figures: the park’s own; confidence: the dataset’s rating of each source.',
    order: 'Order',
    orders: { place: 'By place', known: 'Most documented first' },
  },
};
