import type { Widen } from '../../define-messages';
import type { filtersMessages } from '../filters';

export const filtersEn: Widen<typeof filtersMessages> = {
  filters: {
    heading: 'Filter by sector',
    groups: {
      leading: 'Leading industries (“two new + one electronic”)',
      characteristic: 'Characteristic industries',
      future: 'Future industries',
    },
    groupNote: {
      characteristic:
        'Our grouping, not the source’s; it names auto parts in its paragraph on the leading industries',
    },
    parkCount: 'parks: {{count}}',
    selectAll: 'Select all',
    clear: 'Clear',
    more: '{{count}} more sectors',
    moreChosen: '{{count}} more sectors ({{chosen}} chosen)',
    chosenLabel: 'Other sectors chosen:',
    remove: 'Remove',
    status: {
      none: 'No filter: all {{parks}} parks, {{clusters}} clusters and {{entities}} firms and projects shown',
      some: '{{parks}} of {{totalParks}} parks and {{entities}} of {{totalEntities}} firms and projects match',
    },
    summary: {
      heading: 'Parks and firms that match',
      chosen: 'Chosen sectors: {{sectors}}',
      none: 'No filter: the map and the list show every park and firm. Choose one or more sectors above.',
      parks: 'Parks ({{count}})',
      entities: 'Firms and projects ({{count}})',
      noParks: 'No park matches.',
      noEntities: 'No firm or project matches.',
      moreEntities: '{{count}} more firms and projects match; the Parks tab lists them all.',
      countiesWithout: 'No matching park or firm in: {{list}}',
      everyCounty: 'Every county has a matching park or firm.',
      unplaced: 'County not published: {{list}}',
    },
  },
};
