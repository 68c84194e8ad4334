import { Readable } from 'node:stream';
import { parse, type Parser } from 'csv-parse';
import { AppError } from '@/lib/errors';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
export const MAX_IMPORT_COLUMNS = 200;
const CHUNK_BYTES = 64 * 1024;

/**
 * The one parser configuration, used to count rows at upload and to read them in the worker, so both
 * agree on what a data row is: blank lines and rows of empty cells are not rows.
 */
export function csvParser(options: { to?: number } = {}): Parser {
  return parse({
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    ...(options.to ? { to: options.to } : {}),
  });
}

/**
 * Streams the records of a file through csv-parse. The buffer is fed in small chunks: handed over whole,
 * the parser would turn it all into records at once and the back-pressure of the loop would not help.
 */
export function csvRecords(file: Buffer, options: { to?: number } = {}): AsyncIterable<string[]> {
  function* chunks() {
    for (let offset = 0; offset < file.length; offset += CHUNK_BYTES) yield file.subarray(offset, offset + CHUNK_BYTES);
  }
  return Readable.from(chunks()).pipe(csvParser(options));
}

/** Header names made unique and non-empty, since the mapping is keyed by column name. */
export function normalizeColumns(header: string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((raw, index) => {
    const base = raw.trim() || `Column ${index + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

function invalidCsv(error: unknown): AppError {
  const detail = error instanceof Error ? error.message.slice(0, 200) : '';
  return new AppError('bad_request', `The file is not a valid CSV file${detail ? `: ${detail}` : '.'}`, { cause: error, details: { field: 'file' } });
}

/** Reads the whole file once: its columns, how many data rows it has and the first few of them. */
export async function inspectCsv(file: Buffer, previewRows = 5) {
  if (file.length > MAX_IMPORT_BYTES) {
    throw new AppError('payload_too_large', 'The file is larger than 50 MB. Split it into smaller files and import them one by one.', { details: { field: 'file' } });
  }
  let columns: string[] | null = null;
  let totalRows = 0;
  const preview: string[][] = [];
  try {
    for await (const record of csvRecords(file)) {
      if (!columns) {
        columns = normalizeColumns(record);
        continue;
      }
      totalRows += 1;
      if (preview.length < previewRows) preview.push(record);
    }
  } catch (error) {
    throw invalidCsv(error);
  }
  if (!columns) throw new AppError('bad_request', 'The file is empty: it needs a header row and at least one data row.', { details: { field: 'file' } });
  if (columns.length > MAX_IMPORT_COLUMNS) throw new AppError('bad_request', `The file has more than ${MAX_IMPORT_COLUMNS} columns.`, { details: { field: 'file' } });
  if (totalRows === 0) throw new AppError('bad_request', 'The file has a header row but no data rows.', { details: { field: 'file' } });
  return { columns, totalRows, preview };
}

/** The first rows of a stored file, read from its beginning only (for the mapping step after a reload). */
export async function previewCsv(head: Buffer, rows = 5): Promise<string[][]> {
  const records: string[][] = [];
  try {
    for await (const record of csvRecords(head, { to: rows + 1 })) records.push(record);
  } catch {
    // The head may end mid-record; the complete records before the cut are what we need.
  }
  return records.slice(1, rows + 1);
}
