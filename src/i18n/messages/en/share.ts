import type { Widen } from '../../define-messages';
import type { shareMessages } from '../share';

export const shareEn: Widen<typeof shareMessages> = {
  share: {
    button: 'Share',
    title: 'Share this view',
    intro: 'Open this link or scan the QR code to see exactly this view.',
    linkLabel: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyManual: 'Could not copy automatically. The link is selected: press {{keys}} to copy it.',
    qrLabel: 'QR code of the link to this view',
    qrHint: 'Scan with a phone camera to open.',
    close: 'Close',
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
      mode: 'display mode',
    },
  },
};
