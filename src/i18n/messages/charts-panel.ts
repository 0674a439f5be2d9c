/**
 * Strings only the charts' lazy chunk uses (what the sources leave unpublished, the stacked
 * table). A lazy area: the namespace 'chartsPanel' (keys `chartsPanel:…`), shipped in the
 * part's chunk in all three languages (i18n/lazy/charts-panel.ts), not in the first download.
 */
export const chartsPanelMessages = {
  chartsPanel: {
    missing: {
      /** The figure's name in the table and the CSV. */
      figure: '{{sector}}产值',
      /** The value cell, the CSV's as_stated. */
      value: '来源未公布',
      /** Where the bar would be. */
      slot: '{{period}}年产值：来源未公布',
      slotNoPeriod: '产值：来源未公布',
      note: '{{sector}}：来源未公布{{period}}年产值，图中不画条形，也不由三大产业合计推算。',
      noteNoPeriod: '{{sector}}：来源未公布产值，图中不画条形，也不由三大产业合计推算。',
      sources: '无（各来源均未给出）',
    },
  },
};
