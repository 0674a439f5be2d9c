import { defineMessages } from '../define-messages';

/** The sector filter above the map and the panel's summary of what matches it. */
export const filtersMessages = defineMessages({
  'zh-Hans': {
    filters: {
      heading: '按行业筛选',
      groups: { leading: '主导产业（两新一电）', characteristic: '特色产业', future: '未来产业' },
      parkCount: '{{count}} 个园区',
      selectAll: '全选',
      clear: '清除',
      showSectors: '选择行业（已选 {{count}} 个）',
      hideSectors: '收起行业列表',
      status: {
        none: '未筛选：显示全部 {{parks}} 个园区、{{entities}} 家企业和项目',
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
        countiesWithout: '以下区县没有符合的园区或企业：{{list}}',
        everyCounty: '每个区县都有符合的园区或企业。',
        unplaced: '所在区县未公布：{{list}}',
      },
    },
  },
  'zh-Hant': {
    filters: {
      heading: '按行業篩選',
      groups: { leading: '主導產業（兩新一電）', characteristic: '特色產業', future: '未來產業' },
      parkCount: '{{count}} 個園區',
      selectAll: '全選',
      clear: '清除',
      showSectors: '選擇行業（已選 {{count}} 個）',
      hideSectors: '收起行業列表',
      status: {
        none: '未篩選：顯示全部 {{parks}} 個園區、{{entities}} 家企業和項目',
        some: '{{parks}}/{{totalParks}} 個園區、{{entities}}/{{totalEntities}} 家企業和項目符合',
      },
      summary: {
        heading: '符合篩選的園區與企業',
        chosen: '已選行業：{{sectors}}',
        none: '未篩選：地圖和列表顯示全部園區與企業。可在上方選擇一個或多個行業。',
        parks: '園區（{{count}}）',
        entities: '企業與項目（{{count}}）',
        noParks: '沒有符合的園區。',
        noEntities: '沒有符合的企業或項目。',
        countiesWithout: '以下區縣沒有符合的園區或企業：{{list}}',
        everyCounty: '每個區縣都有符合的園區或企業。',
        unplaced: '所在區縣未公佈：{{list}}',
      },
    },
  },
  en: {
    filters: {
      heading: 'Filter by sector',
      groups: {
        leading: 'Leading industries (“two new + one electronic”)',
        characteristic: 'Characteristic industries',
        future: 'Future industries',
      },
      parkCount: 'parks: {{count}}',
      selectAll: 'Select all',
      clear: 'Clear',
      showSectors: 'Choose sectors ({{count}} chosen)',
      hideSectors: 'Hide the sector list',
      status: {
        none: 'No filter: all {{parks}} parks and {{entities}} firms and projects shown',
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
        countiesWithout: 'No matching park or firm in: {{list}}',
        everyCounty: 'Every county has a matching park or firm.',
        unplaced: 'County not published: {{list}}',
      },
    },
  },
});
