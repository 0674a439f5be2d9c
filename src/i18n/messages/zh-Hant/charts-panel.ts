import type { Widen } from '../../define-messages';
import type { chartsPanelMessages } from '../charts-panel';

export const chartsPanelZhHant: Widen<typeof chartsPanelMessages> = {
  chartsPanel: {
    missing: {
      figure: '{{sector}}產值',
      value: '來源未公布',
      slot: '{{period}}年產值：來源未公布',
      slotNoPeriod: '產值：來源未公布',
      note: '{{sector}}：來源未公布{{period}}年產值，圖中不畫條形，也不由三大產業合計推算。',
      noteNoPeriod: '{{sector}}：來源未公布產值，圖中不畫條形，也不由三大產業合計推算。',
      sources: '無（各來源均未給出）',
    },
  },
};
