/** The sector filter above the map and the panel's summary of what matches it. */
export const filtersMessages = {
  filters: {
    heading: '按行业筛选',
    groups: { leading: '主导产业（两新一电）', characteristic: '特色产业', future: '未来产业' },
    groupNote: { characteristic: '本站的归类，原文没有这样分组；汽车零部件在原文主导产业一段中提到' },
    parkCount: '{{count}} 个园区',
    selectAll: '全选',
    clear: '清除',
    more: '其他 {{count}} 个行业',
    moreChosen: '其他 {{count}} 个行业（已选 {{chosen}} 个）',
    chosenLabel: '已选其他行业：',
    remove: '移除',
    status: {
      none: '未筛选：显示全部 {{parks}} 个园区、{{clusters}} 个产业集群、{{entities}} 家企业和项目',
      some: '{{parks}}/{{totalParks}} 个园区、{{entities}}/{{totalEntities}} 家企业和项目符合',
    },
    summary: {
      heading: '符合筛选的园区与企业',
      chosen: '已选行业：{{sectors}}',
      none: '未筛选：地图和列表显示全部园区与企业。可在上方选择一个或多个行业。',
      parks: '园区（{{count}}）',
      entities: '企业与项目（{{count}}）',
      noParks: '没有符合的园区。',
      noEntities: '没有符合的企业或项目。',
      moreEntities: '另有 {{count}} 家企业和项目符合，完整名单见“园区”。',
      countiesWithout: '以下区县没有符合的园区或企业：{{list}}',
      everyCounty: '每个区县都有符合的园区或企业。',
      unplaced: '所在区县未公布：{{list}}',
    },
  },
};
