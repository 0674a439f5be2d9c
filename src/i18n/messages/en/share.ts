import type { Widen } from '../../define-messages';
import type { shareMessages } from '../share';

export const shareEn: Widen<typeof shareMessages> = {
  share: {
    button: 'Share',
    loadFailed: 'Sharing could not be loaded.',
    retry: 'Retry',
    param: {
      v: 'link version',
      lang: 'language',
      sectors: 'sectors',
      park: 'park',
      county: 'county',
      map: 'map position',
      hide: 'hidden layers',
      tab: 'tab',
      compare: 'parks compared',
      mode: 'display mode',
      links: 'sector links',
      entity: 'firm or project',
      order: 'park list order',
      tour: 'presentation tour',
      every: 'seconds per scene',
      scene: 'presentation scene',
      qr: 'QR code',
    },
  },
};
