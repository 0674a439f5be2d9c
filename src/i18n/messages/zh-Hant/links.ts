import type { Widen } from '../../define-messages';
import type { linksMessages } from '../links';

export const linksZhHant: Widen<typeof linksMessages> = {
  links: {
    switchLabel: '只看有來源的關聯',
    switchHint: '打開後，推斷的關聯（例如據園區內的企業推斷園區的產業）不計入地圖、列表和計數。',
    parkCount: '{{count}} 個園區，其中 {{inferred}} 個為推斷關聯',
    inferredCount: '推斷{{count}}',
    statusSourced: '只計有來源的關聯',
    sectorInferred: '{{name}}（推斷）',
    stated: '有來源：',
    statedNoQuote: '有來源（原文措辭未收錄）：',
    inferred: '推斷：{{reason}}',
    inferredFrom: '推斷所據資料：{{list}}',
    ignored: '「只看有來源的關聯」已打開：此推斷關聯不計入篩選',
    entity: {
      kind: '類型',
      park: '所在園區',
      noPark: '來源未說明所在園區',
      county: '所在縣（市、區）',
      noCounty: '來源未說明所在縣（市、區）',
      location: '位置',
      sectors: '產業',
      events: '動態',
      later: '後續資料',
      open: '{{name}}：查看詳情',
      inPark: '園區內的企業與項目',
    },
  },
};
