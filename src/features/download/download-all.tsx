import './download.css';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLang, useLazyArea, useT } from '../../i18n/i18n-context';
import { downloadArea } from '../../i18n/lazy/download';
import type { Dataset } from '../../domain/schema/dataset-schema';
import { followupQuery, parkFactsQuery } from '../../data/queries';
import { PUBLIC_URL } from '../../data/public-url';
import { downloadBlob } from '../../ui/download-blob';
import { retryableImport } from '../../ui/retryable-import';
import { useScreenIds } from '../../ui/screen-ids';

// The zip library and the table code are a chunk of their own, fetched on the first click.
const loadZip = retryableImport(() => import('./data-zip'));

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; file: string; size: string }
  | { kind: 'failed'; detail: string };

/**
 * "All the data": one button that gives every park, firm and project, figure, target and source as
 * CSV files in a zip, in the reader's language with the original Chinese. The follow-up file is
 * asked for if the page has not loaded it yet; if it fails, the zip comes without its tables and
 * its README says so.
 */
export function DownloadAll({ dataset }: { dataset: Dataset }) {
  useLazyArea(downloadArea);
  const t = useT();
  const lang = useLang();
  const id = useScreenIds();
  const client = useQueryClient();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onDownload = async () => {
    setStatus({ kind: 'busy' });
    try {
      // Each file the page may not have loaded yet; one that fails leaves its tables out (README says so).
      const [{ buildDataZip }, followup, parkFacts] = await Promise.all([
        loadZip(),
        client.fetchQuery(followupQuery).catch(() => null),
        client.fetchQuery(parkFactsQuery).catch(() => null),
      ]);
      const url = PUBLIC_URL ?? `${window.location.origin}${window.location.pathname}`;
      const zip = buildDataZip({ dataset, followup, parkFacts, lang, t, now: new Date(), url });
      downloadBlob(new Blob([zip.bytes], { type: 'application/zip' }), zip.fileName);
      setStatus({
        kind: 'done',
        file: zip.fileName,
        size: `${Math.max(1, Math.round(zip.bytes.length / 1024))} KB`,
      });
    } catch (error) {
      setStatus({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="download-all" aria-labelledby={id('download-heading')}>
      <h2 id={id('download-heading')}>{t('download:heading')}</h2>
      <p className="muted">{t('download:intro')}</p>
      <button
        type="button"
        className="button button-primary download-all-button"
        disabled={status.kind === 'busy'}
        onPointerEnter={() => void loadZip().catch(() => undefined)}
        onClick={() => void onDownload()}
      >
        <svg className="download-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 3v12M7 10l5 5 5-5M4 19h16" />
        </svg>
        {t('download:button')}
      </button>
      <p className="download-status" role="status">
        {status.kind === 'busy'
          ? t('download:preparing')
          : status.kind === 'done'
            ? t('download:done', { file: status.file, size: status.size })
            : status.kind === 'failed'
              ? t('download:failed', { detail: status.detail })
              : ''}
      </p>
    </section>
  );
}
