/**
 * RFC 4180 CSV for spreadsheet users: UTF-8 with a byte-order mark (without it Excel reads Chinese
 * as mojibake), CRLF line ends, and text that a spreadsheet would run as a formula defused.
 */

export type CsvCell = string | number | null;

export const CSV_BOM = '\uFEFF';

/**
 * A text cell starting with = + - @ (or a tab or carriage return) is run as a formula by Excel,
 * LibreOffice and Sheets; a leading apostrophe makes it plain text (OWASP "CSV injection").
 * Numbers are written as numbers: a negative value is data, not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    return String(cell);
  }
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Reads back what toCsv wrote (quoted fields, doubled quotes, line breaks inside quotes); for tests and checks. */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      // CRLF ends the row; the LF is skipped with it.
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
