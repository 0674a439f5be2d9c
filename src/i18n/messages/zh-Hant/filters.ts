import type { Widen } from '../../define-messages';
import type { filtersMessages } from '../filters';

export const filtersZhHant: Widen<typeof filtersMessages> = {
  filters: {
    heading: '按行業篩選',
    groups: { leading: '主導產業（兩新一電）', characteristic: '特色產業', future: '未來產業' },
    groupNote: { characteristic: '本站的歸類，原文沒有這樣分組；汽車零部件在原文主導產業一段中提到' },
    parkCount: '{{count}} 個園區',
    selectAll: '全選',
    clear: '清除',
    more: '其他 {{count}} 個行業',
    moreChosen: '其他 {{count}} 個行業（已選 {{chosen}} 個）',
    chosenLabel: '已選其他行業：',
    remove: '移除',
    status: {
      none: '未篩選：顯示全部 {{parks}} 個園區、{{clusters}} 個產業集群、{{entities}} 家企業和項目',
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
      moreEntities: '另有 {{count}} 家企業和項目符合，完整名單見「園區」。',
      countiesWithout: '以下區縣沒有符合的園區或企業：{{list}}',
      everyCounty: '每個區縣都有符合的園區或企業。',
      unplaced: '所在區縣未公布：{{list}}',
    },
  },
};
