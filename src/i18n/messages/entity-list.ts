/**
 * The virtual list of a long register of firms and projects (the Parks tab). A lazy area: the
 * namespace 'entityList' (keys `entityList:…`), shipped in the part's chunk in all three
 * languages (i18n/lazy/entity-list.ts), not in the first download.
 */
export const entityListMessages = {
  entityList: {
    label: '企业与项目，共 {{total}} 项',
    keys: '在列表中按 ↑ ↓ 键逐项移动，{{page}} 翻一屏，{{ends}} 到首尾。',
  },
};
