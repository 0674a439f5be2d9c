import type { Widen } from '../../define-messages';
import type { sourcesMessages } from '../sources';

export const sourcesEn: Widen<typeof sourcesMessages> = {
  sourcesList: {
    heading: 'Sources',
    intro:
      'Figures come from the public reports below; later material (such as 2024 GDP) is listed under Targets & outcomes. secondary material is marked, with its confidence. Titles in 《》 are the pieces’ own headlines; where no headline is known, our description is marked as such.',
    primary: 'Primary sources (reports from the 2024 National People’s Congress session)',
    secondary: 'Secondary sources',
    undated: 'undated',
    confidence: {
      high: 'confidence: high',
      medium: 'confidence: medium',
      low: 'confidence: low (inference)',
    },
    gloss: 'Title in English: {{gloss}}',
    description: '(no headline known; our description) ',
    link: 'Original',
  },
};
