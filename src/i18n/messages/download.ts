/**
 * The data download's strings (button, status, the words written beside each code, the README in
 * the zip). A lazy area: the namespace 'download', shipped with the overview's lower part.
 */
export const downloadMessages = {
  download: {
    heading: '下载全部数据',
    intro:
      '全部园区、企业与项目、数字（含限定词、单位、时期、来源和关联依据）、目标与后续结果及来源，每表一个 CSV 文件，打包成一个 zip；文字为当前语言，并附中文原文。',
    button: '下载全部数据（zip）',
    preparing: '正在生成 zip…',
    done: '已下载 {{file}}（{{size}}）。',
    failed: '无法生成下载文件（{{detail}}）。请重试。',
    words: {
      qualifier: {
        exact: '确数',
        'more-than': '超过',
        about: '约',
        nearly: '近（略少于）',
        approaching: '接近（略少于）',
        share: '占比',
        average: '平均',
        level: '规模等级（门槛，不是金额）',
        none: '入选名单，无数字',
      },
      basis: { stated: '有来源', inferred: '推断' },
      confidence: { high: '高', medium: '中', 'medium-low': '中低', low: '低' },
      sourceTier: { primary: '主要来源', secondary: '二手资料' },
      standardBlockWide: '板块要求，未逐园核实',
      statement: '无数字的表述',
      notFound: '已查找，来源中未见',
      yes: '是',
      no: '否',
    },
    readme: {
      title: '肇庆“344”园区投资地图：全部数据',
      downloaded: '下载日期：{{date}}　来自：{{url}}',
      dataAsOf: '数据集截至 {{asOf}}；来源日期从 {{from}} 到 {{to}}（各来源日期见 sources.csv）。',
      filesHeading: '文件：',
      files: {
        parks: '园区：名称、层级、所在县（市、区）、位置及其依据、产业、基础设施标准、资料怎么说',
        'firms-and-projects': '企业与项目：名称、类型、所在园区、位置、产业、动态',
        'link-basis': '每一条关联（园区或企业的产业、企业所在园区）的依据：有来源（原文）或推断（理由）',
        figures: '数字：数值、单位、限定词（代码和文字）、实际或目标、时期、原文、来源',
        'secondary-facts': '仅见于二手资料的事实及其可信度',
        'targets-and-outcomes': '目标与后来资料中的数字、判断（代码）及理由',
        'later-figures': '后来资料（2024年—2026年1月）中的数字：限定词、时期、口径、原文、可信度',
        caveats: '阅读后续数字时要注意的口径问题',
        'park-facts':
          '园区的事实：级别、设立年份、面积（注明是什么的面积）、产业、企业数、基础设施、联系方式，含限定词、时期、原文、来源、可信度；计划中的注明',
        connectivity:
          '交通：铁路、城际线路、车站、港口、机场、所述的通行时间，含限定词、时期、原文、来源、可信度',
        'park-facts-not-found': '查找过但来源中未见的内容（按园区和项目）',
        'park-caveats': '园区事实的注意事项及其适用的事实',
        sources: '全部来源：媒体、原标题、本站的译名或描述、日期、网址、可信度',
      },
      columns:
        '列名：以 _zh-Hans 结尾的是中文原文（简体），以 _code 结尾的是数据集的代码；ID 列指向 sources.csv 等文件中的行。空白单元格表示不适用；来源未公布的内容写明“未公布”。',
      sourcing:
        '数字来自 sources.csv 所列的公开报道，限定词（超、约、近……）与原文一致，不同口径的数字不可相加或相比。本数据集为整理的公开资料，引用时请注明原始来源。',
      parkFactsMissing:
        '注意：园区事实文件未能加载，本 zip 不含园区事实、交通、未见内容和园区注意事项四个文件。',
      followupMissing:
        '注意：后续资料文件未能加载，本 zip 不含目标与后续结果、后来的数字和注意事项三个文件。',
    },
  },
};
