// Importing projects from a Devpost export (the "Export submissions" CSV a hackathon's managers download):
// reading the file, matching its columns to a project's fields, and checking each row. Pure: no database.
//
// Only projects are imported, never people: the file's submitter and team-member names and email
// addresses are not read, so nobody gets an account, a registration or a credit without asking for it.
// Each project arrives as a submitted project of a team named after it, with no members.
import { CsvError, parse } from "csv-parse/sync";
import { missingForSubmit } from "../submissions/rules.ts";
import { submissionFields, type SubmissionFields } from "../submissions/schema.ts";

/** The fields a column can fill, in the order the mapping form shows them. */
export const IMPORT_FIELDS = [
  "key",
  "title",
  "tagline",
  "description",
  "technologies",
  "links",
  "videoUrl",
  "challenges",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column fills each field (null: none). */
export type ImportMapping = Record<ImportField, string | null>;

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  key: "Project's address on Devpost (identifies it when you import again)",
  title: "Project title",
  tagline: "Tagline",
  description: "Description",
  technologies: "Built with (comma-separated)",
  links: "Links (code and demo)",
  videoUrl: "Video",
  challenges: "Challenges entered (comma-separated prize names)",
};

/** The fields a row cannot do without. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["key", "title"];

/** Devpost's own column names for each field, first match wins (compared case- and space-insensitively). */
const DEVPOST_COLUMNS: Record<ImportField, readonly string[]> = {
  key: ["Submission Url", "Project Url", "Submission URL", "URL"],
  title: ["Project Title", "Project Name", "Title"],
  tagline: ["Tagline", "Elevator Pitch", "Project Tagline"],
  description: ["About The Project", "Project Description", "Description"],
  technologies: ["Built With", "Technologies"],
  links: ['"Try it out" Links', "Try it out Links", "Try It Out Links", "Links"],
  videoUrl: ["Video Demo Link", "Video", "Video Url"],
  challenges: ["Opt-In Prizes", "Opt-In Prize", "Prizes"],
};

/** The most rows one file may hold: a large hackathon has a few hundred projects. */
export const MAX_IMPORT_ROWS = 2000;
/** The most columns: Devpost's export has a few dozen (more with custom questions). */
export const MAX_IMPORT_COLUMNS = 200;

const squash = (name: string) => name.toLowerCase().replace(/["'\s]+/g, "");

/** The column for each field that Devpost's export would use, where the file has one. */
export function guessMapping(columns: readonly string[]): ImportMapping {
  const byName = new Map(columns.map((c) => [squash(c), c]));
  const mapping = {} as ImportMapping;
  for (const field of IMPORT_FIELDS) {
    const found = DEVPOST_COLUMNS[field].map((name) => byName.get(squash(name))).find(Boolean);
    mapping[field] = found ?? null;
  }
  return mapping;
}

/**
 * A problem with a file or one of its rows, as a key of the "ImportProblems" messages and its values
 * (numbers as digits, e.g. "2000"). No words here: the import form (a browser's code) imports this module,
 * and the catalogues are the server's; server/imports/commands.ts says them.
 */
export type ImportProblem =
  | { key: "tooManyColumns"; values: { count: string; max: string } }
  | { key: "notCsv"; values: { reason: string } }
  | { key: "noHeaderRow" }
  | { key: "columnTwice"; values: { column: string } }
  | { key: "tooManyRows"; values: { count: string; max: string } }
  | { key: "noKey" }
  | { key: "keyTooLong" }
  | { key: "prizeNotChallenge"; values: { prize: string } }
  | { key: "tooManyTechnologies"; values: { count: string } }
  | { key: "taglineShortened" }
  /** `field`: the project field's name (title, videoUrl…); `message`: the schema's words. */
  | { key: "fieldInvalid"; values: { field: string; message: string } }
  /** `missing`: what a submit needs, in the submission rules' words, joined by "; ". */
  | { key: "importedAsDraft"; values: { missing: string } }
  | { key: "sameProjectAs"; values: { line: string } };

/** A file read into its header and rows: `line` is the row's line in the file (the header is line 1). */
export interface ImportTable {
  columns: string[];
  rows: { line: number; cells: Record<string, string> }[];
}

/**
 * Reads a CSV file (comma-separated, RFC 4180 quoting, a byte-order mark allowed) into its header and
 * rows; blank lines are skipped, a short row's missing cells are empty. `{ error }` (a problem) when the
 * file cannot be read, has no header, more than MAX_IMPORT_COLUMNS columns, a row longer than the header,
 * a repeated column name, or more than MAX_IMPORT_ROWS rows.
 */
export function readImportCsv(text: string): ImportTable | { error: ImportProblem } {
  let header: string[];
  let records: string[][];
  try {
    // The header alone first: a file with hundreds of thousands of columns is refused before its rows
    // are read (each row would hold a cell per column).
    const first: string[][] = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      to_line: 1,
    });
    header = first[0] ?? [];
    if (header.length > MAX_IMPORT_COLUMNS) {
      return {
        error: {
          key: "tooManyColumns",
          values: { count: String(header.length), max: String(MAX_IMPORT_COLUMNS) },
        },
      };
    }
    // A row may be shorter than the header (its missing cells are empty), never longer.
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count_less: true });
  } catch (error) {
    if (error instanceof CsvError) return { error: { key: "notCsv", values: { reason: error.message } } };
    throw error;
  }
  const [, ...body] = records;
  const columns = header.map((c) => c.trim());
  if (columns.length === 0 || columns.every((c) => c === "")) return { error: { key: "noHeaderRow" } };
  const seen = new Set<string>();
  for (const column of columns) {
    if (column !== "" && seen.has(column)) return { error: { key: "columnTwice", values: { column } } };
    seen.add(column);
  }
  if (body.length > MAX_IMPORT_ROWS) {
    return {
      error: { key: "tooManyRows", values: { count: String(body.length), max: String(MAX_IMPORT_ROWS) } },
    };
  }
  return {
    columns,
    rows: body.map((cells, index) => ({
      line: index + 2,
      cells: Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ""])),
    })),
  };
}

/** Comma- or newline-separated values, trimmed, without empties or repeats. */
export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[,\n]/)
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

const CODE_HOSTS =
  /^https?:\/\/(www\.)?(github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|replit\.com)\//i;

/**
 * Devpost's "Try it out" links (separated by commas, spaces or lines) as a repository address (the
 * first on a code host) and a demo address (the first other one); anything that is not an http(s)
 * address is ignored.
 */
export function sortLinks(value: string): { repositoryUrl: string; demoUrl: string } {
  const links = value.split(/[\s,]+/).filter((v) => /^https?:\/\/\S+$/i.test(v));
  return {
    repositoryUrl: links.find((l) => CODE_HOSTS.test(l)) ?? "",
    demoUrl: links.find((l) => !CODE_HOSTS.test(l)) ?? "",
  };
}

const normalTitle = (title: string) => title.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** One row checked: what it would become, or why it cannot be imported. */
export interface CheckedRow {
  line: number;
  /** The row's key (its address on Devpost), "" when missing. */
  key: string;
  title: string;
  /** Set when the row can be imported. */
  fields: SubmissionFields | null;
  /**
   * What a new project becomes: SUBMITTED when it meets what a team's own submit needs (a description of
   * 20 characters, a challenge entered), else a DRAFT the organisers can look at (with a warning).
   */
  status: "SUBMITTED" | "DRAFT";
  /** Why the row cannot be imported (nothing is imported from it). */
  errors: ImportProblem[];
  /** What is imported differently from the file (the row is still imported). */
  warnings: ImportProblem[];
}

/**
 * Checks one row under `mapping` against the project rules (the same as a team's own form:
 * server/submissions/schema.ts) and the event's challenges (`challenges`: published ones, matched by
 * title, ignoring case and spacing). A missing key or title, or a field the rules refuse, is an error;
 * a prize name that matches no challenge, or more than 20 technologies (the first 20 are kept), is a
 * warning.
 */
export function checkRow(
  row: ImportTable["rows"][number],
  mapping: ImportMapping,
  challenges: readonly { id: string; title: string }[],
): CheckedRow {
  const cell = (field: ImportField) => {
    const column = mapping[field];
    return column ? (row.cells[column] ?? "").trim() : "";
  };
  const key = cell("key");
  const title = cell("title");
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  if (!key) errors.push({ key: "noKey" });
  if (key.length > 500) errors.push({ key: "keyTooLong" });

  const byTitle = new Map(challenges.map((c) => [normalTitle(c.title), c.id]));
  const challengeIds: string[] = [];
  for (const prize of splitList(cell("challenges"))) {
    const id = byTitle.get(normalTitle(prize));
    if (id) challengeIds.push(id);
    else warnings.push({ key: "prizeNotChallenge", values: { prize } });
  }
  let technologies = splitList(cell("technologies")).map((t) => t.slice(0, 30));
  if (technologies.length > 20) {
    warnings.push({ key: "tooManyTechnologies", values: { count: String(technologies.length) } });
    technologies = technologies.slice(0, 20);
  }
  const { repositoryUrl, demoUrl } = sortLinks(cell("links"));
  const tagline = cell("tagline");
  const checked = submissionFields.safeParse({
    title,
    tagline: tagline.length > 140 ? `${tagline.slice(0, 139)}…` : tagline,
    description: cell("description"),
    repositoryUrl,
    demoUrl,
    videoUrl: cell("videoUrl"),
    technologies,
    challengeIds: [...new Set(challengeIds)].slice(0, 10),
  });
  if (tagline.length > 140) warnings.push({ key: "taglineShortened" });
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? "");
      errors.push({ key: "fieldInvalid", values: { field, message: issue.message } });
    }
  }
  const fields = checked.success && errors.length === 0 ? checked.data : null;
  const missing = fields ? Object.values(missingForSubmit(fields)).flat() : [];
  if (missing.length > 0) warnings.push({ key: "importedAsDraft", values: { missing: missing.join("; ") } });
  return {
    line: row.line,
    key,
    title,
    fields,
    status: missing.length > 0 ? "DRAFT" : "SUBMITTED",
    errors,
    warnings,
  };
}

/**
 * Every row checked, and the rows that repeat a key already seen higher in the file (the later one is
 * refused: a project is imported once per file).
 */
export function checkRows(
  table: ImportTable,
  mapping: ImportMapping,
  challenges: readonly { id: string; title: string }[],
): CheckedRow[] {
  const seen = new Map<string, number>();
  return table.rows.map((row) => {
    const checked = checkRow(row, mapping, challenges);
    if (!checked.key) return checked;
    const first = seen.get(checked.key);
    if (first !== undefined) {
      const same: ImportProblem = { key: "sameProjectAs", values: { line: String(first) } };
      return { ...checked, fields: null, errors: [...checked.errors, same] };
    }
    seen.set(checked.key, row.line);
    return checked;
  });
}

/**
 * A team name for an imported project: its title (at most 45 characters, so a suffix keeps it within a
 * team name's 60), made unique among `taken` (lower-cased names) by " (Devpost)", " (Devpost 2)"…
 */
export function importedTeamName(title: string, taken: ReadonlySet<string>): string {
  const base = title.slice(0, 45).trim();
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 1; ; n += 1) {
    const name = `${base} (Devpost${n === 1 ? "" : ` ${n}`})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
