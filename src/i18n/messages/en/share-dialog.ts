import type { Widen } from '../../define-messages';
import type { shareDialogMessages } from '../share-dialog';

export const shareDialogEn: Widen<typeof shareDialogMessages> = {
  shareDialog: {
    title: 'Share this view',
    intro: 'Open this link or scan the QR code to see exactly this view.',
    linkLabel: 'Link',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyManual: 'Could not copy automatically. The link is selected: press {{keys}} to copy it.',
    qrLabel: 'QR code of the link to this view',
    qrHint: 'Scan with a phone camera to open.',
    close: 'Close',
    reach: {
      'this-device':
        'This link points to this device itself ({{host}}): other phones and computers cannot open it, and neither can a scan of the QR code.',
      'local-network':
        'This link uses a local network address ({{host}}): only devices on the same network can open it.',
      fix: 'For a link any device can open, open this page from its public address, or ask whoever runs it to set that address ({{setting}}, at build time).',
    },
  },
};
