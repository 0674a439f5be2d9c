import type { Widen } from '../../define-messages';
import type { appMessages } from '../app';

export const appEn: Widen<typeof appMessages> = {
  app: {
    title: 'Zhaoqing “344” Investment Map',
    subtitle: '3 core parks · 4 eastern districts/cities · 4 western counties',
    sourcesDated: 'Sources dated ',
    dateRangeDash: ' – ',
    skipToContent: 'Skip to main content',
    main: 'Park map and details',
    loading: 'Loading data…',
    present: 'Present',
    presentFailed: 'Presentation mode could not be loaded.',
    briefFailed: 'The one-page brief could not be loaded.',
  },
  lang: { label: 'Language', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文', en: 'English' },
  error: {
    title: 'Could not load {{file}}',
    http: 'The server answered {{status}}.',
    network: 'The server could not be reached.',
    json: 'The file is not valid JSON: {{detail}}',
    schema: 'The file does not match the data format:',
    missing: 'required field is missing (expected {{expected}})',
    wrongType: 'expected {{expected}}',
    retry: 'Retry',
    unexpected: 'Something went wrong',
  },
  figures: {
    heading: 'Headline figures',
    sources: 'Sources: {{list}}',
    notPublished: 'not published',
    noFigure: 'a listing (it has no figure)',
    periodNotStated: 'period not stated (said in {{date}})',
    periodNotStatedUndated: 'period not stated',
    sourcesAsOf: 'Sources: {{list}} · as of {{date}}',
    laterScope: 'Later figures differ in scope: see Targets & outcomes',
    laterSince: 'What happened since',
  },
  link: { ignored: 'Parts of this link could not be used and were reset to defaults:', dismiss: 'Dismiss' },
  panel: {
    label: 'Details and figures',
    overview: 'Overview',
    parks: 'Parks',
    charts: 'Charts',
    outcomes: 'Targets & outcomes',
    moreFailed: 'The key figures and sources could not be loaded.',
  },
};
