import type { Widen } from '../../define-messages';
import type { linksMessages } from '../links';

export const linksEn: Widen<typeof linksMessages> = {
  links: {
    switchLabel: 'Sourced links only',
    switchHint:
      'When on, inferred links (for example, a park’s sector inferred from the firms inside it) are left out of the map, the lists and the counts.',
    parkCount: 'parks: {{count}}, of which {{inferred}} by an inferred link',
    inferredCount: '{{count}} inferred',
    statusSourced: 'sourced links only',
    sectorInferred: '{{name}} (inferred)',
    stated: 'Stated by the source: ',
    statedNoQuote: 'Stated by the source (its wording is not on file): ',
    inferred: 'Inferred: {{reason}}',
    inferredFrom: 'Inferred from: {{list}}',
    ignored: '“Sourced links only” is on: this inferred link does not count in the filter',
    entity: {
      kind: 'Kind',
      park: 'Park',
      noPark: 'No source names its park',
      county: 'County-level division',
      noCounty: 'No source names its county',
      location: 'Location',
      sectors: 'Sectors',
      events: 'Events',
      later: 'Later source',
      open: '{{name}}: open details',
      inPark: 'Firms and projects in this park',
    },
  },
};
