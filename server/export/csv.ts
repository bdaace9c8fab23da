/**
 * CSV for spreadsheets (RFC 4180, CRLF). Cells are also defused against formula injection: a
 * spreadsheet runs a cell starting with = + - @ (or a tab / carriage return, which some programs
 * strip before looking) as a formula, and names and tags are typed by participants. Such a cell is
 * prefixed with a single quote, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
