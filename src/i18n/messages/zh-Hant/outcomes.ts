import type { Widen } from '../../define-messages';
import type { outcomesMessages } from '../outcomes';

export const outcomesZhHant: Widen<typeof outcomesMessages> = {
  outcomes: {
    loading: '正在載入後來的資料…',
    chunkFailed: '無法載入「目標與結果」。',
    retry: '重試',
  },
  laterFigures: {
    newest: '{{period}}：{{value}}',
    earlier: '此前：{{value}}，{{period}}',
    noPeriod: '未註明時期',
    sources: '來源：{{list}}',
  },
};
