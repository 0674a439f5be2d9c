import type { Widen } from '../../define-messages';
import type { chartsPanelMessages } from '../charts-panel';

export const chartsPanelEn: Widen<typeof chartsPanelMessages> = {
  chartsPanel: {
    missing: {
      figure: '{{sector}} output',
      value: 'not published in the sources',
      slot: '{{period}} output: not published in the sources',
      slotNoPeriod: 'output: not published in the sources',
      note: '{{sector}}: the sources publish no {{period}} output, so no bar is drawn; none is derived from the three industries’ total.',
      noteNoPeriod:
        '{{sector}}: the sources publish no output figure, so no bar is drawn; none is derived from the three industries’ total.',
      sources: 'none (no source gives it)',
    },
  },
};
