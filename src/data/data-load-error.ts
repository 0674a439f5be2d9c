import type { FieldIssue } from './format-issues';

export type DataLoadFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network' }
  | { kind: 'json'; detail: string }
  | { kind: 'schema'; issues: FieldIssue[] };

/** A load failure that names the file and says what went wrong, for the error screen. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly failure: DataLoadFailure;

  constructor(file: string, failure: DataLoadFailure) {
    super(`${file}: ${describe(failure)}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.failure = failure;
  }
}

function describe(f: DataLoadFailure): string {
  switch (f.kind) {
    case 'http':
      return `HTTP ${f.status}`;
    case 'network':
      return 'network error';
    case 'json':
      return `invalid JSON (${f.detail})`;
    case 'schema':
      return f.issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  }
}
