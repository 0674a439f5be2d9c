import type { Widen } from '../../define-messages';
import type { outcomesMessages } from '../outcomes';

export const outcomesEn: Widen<typeof outcomesMessages> = {
  outcomes: {
    loading: 'Loading the later sources…',
    chunkFailed: 'Targets & outcomes could not be loaded.',
    retry: 'Retry',
  },
  laterFigures: {
    newest: '{{period}}: {{value}}',
    earlier: 'Earlier: {{value}}, {{period}}',
    noPeriod: 'period not stated',
    sources: 'Source: {{list}}',
  },
};
