import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';

/** The file's first rows as they were read, header included, scrolling sideways for wide files. */
export function PreviewTable({ columns, rows }: { columns: string[]; rows: string[][] }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">The beginning of the file could not be shown.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-12 text-muted-foreground">Row</TableHead>
            {columns.map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row, rowIndex) => (
            <TableRow key={rowIndex}>
              {/* Spreadsheet numbering: the header is row 1. */}
              <TableCell className="text-muted-foreground tabular-nums">{rowIndex + 2}</TableCell>
              {columns.map((column, index) => (
                <TableCell key={column} className="max-w-48 truncate" title={row[index]}>
                  {row[index]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
