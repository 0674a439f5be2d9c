/** The basis of links (stated or inferred), "sourced links only", and a firm's own details panel. */
export const linksMessages = {
  links: {
    switchLabel: '只看有来源的关联',
    switchHint: '打开后，推断的关联（例如据园区内的企业推断园区的产业）不计入地图、列表和计数。',
    parkCount: '{{count}} 个园区，其中 {{inferred}} 个为推断关联',
    inferredCount: '推断{{count}}',
    statusSourced: '只计有来源的关联',
    sectorInferred: '{{name}}（推断）',
    stated: '有来源：',
    statedNoQuote: '有来源（原文措辞未收录）：',
    inferred: '推断：{{reason}}',
    inferredFrom: '推断所据资料：{{list}}',
    ignored: '“只看有来源的关联”已打开：此推断关联不计入筛选',
    entity: {
      kind: '类型',
      park: '所在园区',
      noPark: '来源未说明所在园区',
      county: '所在县（市、区）',
      noCounty: '来源未说明所在县（市、区）',
      location: '位置',
      sectors: '产业',
      events: '动态',
      later: '后续资料',
      open: '{{name}}：查看详情',
      inPark: '园区内的企业与项目',
    },
  },
};
