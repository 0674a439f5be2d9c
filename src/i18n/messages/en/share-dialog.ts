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
    share: 'Share via…',
    shareText: 'Open the link to see this same view.',
    shareFailed: 'Could not open the share sheet: copy the link or scan the QR code instead.',
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
    tour: {
      summary: 'Make a presentation tour',
      intro:
        'Tick the scenes to show, put them in order, and give any scene a caption of your own; then copy the tour link and open it on the big screen.',
      scenes: 'Scenes of the tour',
      thisView: 'this view',
      moveUp: 'Move up',
      moveDown: 'Move down',
      moveUpName: 'Move up: {{name}}',
      moveDownName: 'Move down: {{name}}',
      moved: '{{name}}: now {{n}} of {{total}}',
      caption: 'Caption (optional)',
      captionName: 'Caption (optional): {{name}}',
      every: 'Seconds per scene ({{min}}–{{max}})',
      linkLabel: 'Tour link',
      copy: 'Copy tour link',
      start: 'Start presenting',
      none: 'Tick at least one scene.',
      tooLong: 'This tour is too long for a link: leave out a scene or shorten a caption.',
      names: {
        overview:
          'Zhaoqing’s “344” park layout: 3 core parks · 4 eastern districts/cities · 4 western counties',
        sectorPrefix: 'Leading sector: ',
        east: 'The eastern four districts and cities',
        west: 'The western four counties',
        parksCount: '{{n}} parks on the map',
        clustersCount: ', {{n}} SME clusters',
        figures: 'Key figures and targets',
        separator: ', ',
      },
    },
  },
};
