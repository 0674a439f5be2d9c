import { useT } from '../i18n/i18n-context';
import { DataLoadError } from '../data/data-load-error';
import { useScreenIds } from '../ui/screen-ids';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/** A named, actionable failure instead of a blank page: which file, which field, and a retry. */
export function ErrorScreen({ error, onRetry }: Props) {
  const t = useT();
  const id = useScreenIds();
  const file = error instanceof DataLoadError ? error.file : null;
  return (
    <main className="error-screen" role="alert" aria-labelledby={id('error-title')}>
      <h1 id={id('error-title')}>{file ? t('error.title', { file }) : t('error.unexpected')}</h1>
      <ErrorDetail error={error} />
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </main>
  );
}

function ErrorDetail({ error }: { error: unknown }) {
  const t = useT();
  if (!(error instanceof DataLoadError))
    return <p>{error instanceof Error ? error.message : String(error)}</p>;
  const f = error.failure;
  switch (f.kind) {
    case 'http':
      return <p>{t('error.http', { status: f.status })}</p>;
    case 'network':
      return <p>{t('error.network')}</p>;
    case 'json':
      return <p>{t('error.json', { detail: f.detail })}</p>;
    case 'schema':
      return (
        <>
          <p>{t('error.schema')}</p>
          <ul className="error-issues">
            {f.issues.map((i) => (
              <li key={`${i.path}:${i.message}`}>
                <code>{i.path}</code>:{' '}
                {i.kind === 'missing'
                  ? t('error.missing', { expected: i.expected })
                  : i.kind === 'wrong-type'
                    ? t('error.wrongType', { expected: i.expected })
                    : i.message}
              </li>
            ))}
          </ul>
        </>
      );
  }
}
