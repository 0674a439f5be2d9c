import type { Widen } from '../../define-messages';
import type { knownMessages } from '../known';

export const knownZhHant: Widen<typeof knownMessages> = {
  known: {
    line: '來源 {{sources}} · 數字 {{figures}} · 可信度：{{rated}}',
    rated: { high: '高 {{count}}', medium: '中 {{count}}', low: '低 {{count}}' },
    basis: '來源：詳情末尾所列的來源；數字：該園區專屬的數字；可信度：資料集對各來源的評級。',
    order: '排序',
    orders: { place: '按位置', known: '資料最多的在前' },
  },
};
