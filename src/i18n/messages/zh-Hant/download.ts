import type { Widen } from '../../define-messages';
import type { downloadMessages } from '../download';

export const downloadZhHant: Widen<typeof downloadMessages> = {
  download: {
    heading: '下載全部資料',
    intro:
      '全部園區、企業與項目、數字（含限定詞、單位、時期、來源和關聯依據）、目標與後續結果及來源，每表一個 CSV 檔，打包成一個 zip；文字為目前語言，並附中文原文。',
    button: '下載全部資料（zip）',
    preparing: '正在產生 zip…',
    done: '已下載 {{file}}（{{size}}）。',
    failed: '無法產生下載檔（{{detail}}）。請重試。',
    words: {
      qualifier: {
        exact: '確數',
        'more-than': '超過',
        about: '約',
        nearly: '近（略少於）',
        approaching: '接近（略少於）',
        share: '佔比',
        average: '平均',
        level: '規模等級（門檻，不是金額）',
        none: '入選名單，無數字',
      },
      basis: { stated: '有來源', inferred: '推斷' },
      confidence: { high: '高', medium: '中', 'medium-low': '中低', low: '低' },
      sourceTier: { primary: '主要來源', secondary: '二手資料' },
      standardBlockWide: '板塊要求，未逐園核實',
      statement: '無數字的表述',
      notFound: '已查找，來源中未見',
      yes: '是',
      no: '否',
    },
    readme: {
      title: '肇慶“344”園區投資地圖：全部資料',
      downloaded: '下載日期：{{date}}　來自：{{url}}',
      dataAsOf: '資料集截至 {{asOf}}；來源日期從 {{from}} 到 {{to}}（各來源日期見 sources.csv）。',
      filesHeading: '檔案：',
      files: {
        parks: '園區：名稱、層級、所在縣（市、區）、位置及其依據、產業、基礎設施標準、資料怎麼說',
        'firms-and-projects': '企業與項目：名稱、類型、所在園區、位置、產業、動態',
        'link-basis': '每一條關聯（園區或企業的產業、企業所在園區）的依據：有來源（原文）或推斷（理由）',
        figures: '數字：數值、單位、限定詞（代碼和文字）、實際或目標、時期、原文、來源',
        'secondary-facts': '僅見於二手資料的事實及其可信度',
        'targets-and-outcomes': '目標與後來資料中的數字、判斷（代碼）及理由',
        'later-figures': '後來資料（2024年—2026年1月）中的數字：限定詞、時期、口徑、原文、可信度',
        caveats: '閱讀後續數字時要注意的口徑問題',
        'park-facts':
          '園區的事實：級別、設立年份、面積（註明是什麼的面積）、產業、企業數、基礎設施、聯絡方式，含限定詞、時期、原文、來源、可信度；計劃中的註明',
        connectivity:
          '交通：鐵路、城際線路、車站、港口、機場、所述的通行時間，含限定詞、時期、原文、來源、可信度',
        'park-facts-not-found': '查找過但來源中未見的內容（按園區和項目）',
        'park-caveats': '園區事實的注意事項及其適用的事實',
        sources: '全部來源：媒體、原標題、本站的譯名或描述、日期、網址、可信度',
      },
      columns:
        '欄名：以 _zh-Hant 結尾的是繁體中文，以 _zh-Hans 結尾的是中文原文（簡體），以 _code 結尾的是資料集的代碼；ID 欄指向 sources.csv 等檔案中的列。空白儲存格表示不適用；來源未公布的內容寫明「未公布」。',
      sourcing:
        '數字來自 sources.csv 所列的公開報道，限定詞（超、約、近……）與原文一致，不同口徑的數字不可相加或相比。本資料集為整理的公開資料，引用時請註明原始來源。',
      parkFactsMissing:
        '注意：園區事實檔未能載入，本 zip 不含園區事實、交通、未見內容和園區注意事項四個檔案。',
      followupMissing: '注意：後續資料檔未能載入，本 zip 不含目標與後續結果、後來的數字和注意事項三個檔案。',
    },
  },
};
