// Importing projects from a Devpost export into an event: a preview of what each row would do, then the
// import itself, which can be run again with the same file (each project is found by its Devpost
// address, Submission.importKey, and updated rather than added twice). The file's rules are devpost.ts.
import "server-only";
import { randomBytes } from "node:crypto";
import { audit } from "../audit.ts";
import type { Db } from "../db/create.ts";
import { isUniqueViolation } from "../db/errors.ts";
import { DomainError, type Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";
import type { SubmissionFields } from "../submissions/schema.ts";
import { generateJoinCode } from "../teams/rules.ts";
import {
  checkRows,
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  importedTeamName,
  readImportCsv,
  REQUIRED_FIELDS,
  type CheckedRow,
  type ImportMapping,
  type ImportProblem,
  type ImportTable,
} from "./devpost.ts";

/** This module's refusals ("ImportErrors"). */
const refuse = refusals("ImportErrors");
/** The file's and rows' problems found by devpost.ts ("ImportProblems"). */
const problem = refusals("ImportProblems");

/** A problem found by devpost.ts in words. */
const say = (found: ImportProblem): Said => problem(found.key, "values" in found ? found.values : undefined);

/** What a row would do: add a project, change one imported before, leave one as it is, or nothing (errors). */
export type RowAction = "create" | "update" | "unchanged" | "error";

export interface PreviewRow {
  line: number;
  key: string;
  title: string;
  action: RowAction;
  errors: string[];
  warnings: string[];
}

export interface ImportPreview {
  columns: string[];
  mapping: ImportMapping;
  /** Why the mapping cannot be used (a required field without a column…); no rows are checked then. */
  mappingProblems: string[];
  rows: PreviewRow[];
  counts: Record<RowAction, number>;
}

const existingSelect = {
  id: true,
  importKey: true,
  title: true,
  tagline: true,
  description: true,
  repositoryUrl: true,
  demoUrl: true,
  videoUrl: true,
  technologies: true,
  challenges: { select: { challengeId: true } },
} as const;

type Existing = {
  id: string;
  importKey: string | null;
  title: string;
  tagline: string;
  description: string;
  repositoryUrl: string | null;
  demoUrl: string | null;
  videoUrl: string | null;
  technologies: string[];
  challenges: { challengeId: string }[];
};

function sameAs(existing: Existing, fields: SubmissionFields): boolean {
  const sorted = (list: readonly string[]) => [...list].sort().join("\n");
  return (
    existing.title === fields.title &&
    existing.tagline === fields.tagline &&
    existing.description === fields.description &&
    existing.repositoryUrl === fields.repositoryUrl &&
    existing.demoUrl === fields.demoUrl &&
    existing.videoUrl === fields.videoUrl &&
    sorted(existing.technologies) === sorted(fields.technologies) &&
    sorted(existing.challenges.map((c) => c.challengeId)) === sorted(fields.challengeIds)
  );
}

/** The file read, with `mapping` completed by Devpost's own column names, and what is wrong with it. */
function readWithMapping(params: { csv: string; mapping?: Partial<ImportMapping> | undefined }) {
  const table: ImportTable | { error: ImportProblem } = readImportCsv(params.csv);
  if ("error" in table) {
    const said = say(table.error);
    throw new DomainError("INVALID_INPUT", said, { file: [said.text] });
  }
  const mapping: ImportMapping = { ...guessMapping(table.columns), ...(params.mapping ?? {}) };
  const problems: string[] = [];
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column && !table.columns.includes(column)) problems.push(refuse("noSuchColumn", { column }).text);
    if (!column && REQUIRED_FIELDS.includes(field)) {
      problems.push(refuse("chooseColumnFor", { field: IMPORT_FIELD_LABELS[field] }).text);
    }
  }
  return { table, mapping, problems };
}

/** Every row checked against the event's published challenges, and the projects imported before by key. */
async function checkAgainstEvent(db: Db, eventId: string, table: ImportTable, mapping: ImportMapping) {
  const challenges = await db.challenge.findMany({
    where: { eventId, status: "PUBLISHED" },
    select: { id: true, title: true },
  });
  const checked = checkRows(table, mapping, challenges);
  const keys = checked.filter((r) => r.fields).map((r) => r.key);
  const existing = await db.submission.findMany({
    where: { eventId, importKey: { in: keys } },
    select: existingSelect,
  });
  return { checked, byKey: new Map(existing.map((e) => [e.importKey ?? "", e])) };
}

function actionOf(row: CheckedRow, byKey: ReadonlyMap<string, Existing>): RowAction {
  if (!row.fields) return "error";
  const existing = byKey.get(row.key);
  if (!existing) return "create";
  return sameAs(existing, row.fields) ? "unchanged" : "update";
}

/**
 * What importing `csv` into the event under `mapping` (missing fields: Devpost's own column names) would
 * do, row by row, without changing anything. INVALID_INPUT (on `file`) when the file cannot be read; a
 * mapping that cannot be used comes back as `mappingProblems`, with the file's columns to choose from.
 */
export async function previewImport(
  db: Db,
  params: { eventId: string; csv: string; mapping?: Partial<ImportMapping> | undefined },
): Promise<ImportPreview> {
  const { table, mapping, problems } = readWithMapping(params);
  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, error: 0 };
  if (problems.length > 0)
    return { columns: table.columns, mapping, mappingProblems: problems, rows: [], counts };
  const { checked, byKey } = await checkAgainstEvent(db, params.eventId, table, mapping);
  const rows = checked.map((row) => ({
    line: row.line,
    key: row.key,
    title: row.title,
    action: actionOf(row, byKey),
    errors: row.errors.map((e) => say(e).text),
    warnings: row.warnings.map((w) => say(w).text),
  }));
  for (const row of rows) counts[row.action] += 1;
  return { columns: table.columns, mapping, mappingProblems: [], rows, counts };
}

/**
 * Imports the rows that have no errors: a new project becomes a submitted project of a new team named
 * after it (no members: no person is imported); one imported before (same key) gets the file's fields
 * and challenges, keeping its status (an organiser's disqualification stands). Each row in its own
 * transaction, so a failure leaves the rows before it imported, and importing the file again finishes
 * the job. Returns the counts and the lines skipped for errors; one audit entry. INVALID_INPUT on `file`
 * when the file cannot be read, on `mapping` when the mapping cannot be used (as previewImport says).
 */
export async function importProjects(
  db: Db,
  params: {
    eventId: string;
    actorId: string;
    csv: string;
    mapping?: Partial<ImportMapping> | undefined;
    now: Date;
  },
): Promise<{ created: number; updated: number; unchanged: number; skippedLines: number[] }> {
  const { table, mapping, problems } = readWithMapping(params);
  if (problems.length > 0) throw new DomainError("INVALID_INPUT", problems.join(" "), { mapping: problems });
  const { checked, byKey } = await checkAgainstEvent(db, params.eventId, table, mapping);
  const teams = await db.team.findMany({ where: { eventId: params.eventId }, select: { name: true } });
  const taken = new Set(teams.map((t) => t.name.toLowerCase()));
  const result = { created: 0, updated: 0, unchanged: 0, skippedLines: [] as number[] };
  try {
    for (const row of checked) {
      const fields = row.fields;
      const action = actionOf(row, byKey);
      if (!fields || action === "error") {
        result.skippedLines.push(row.line);
        continue;
      }
      if (action === "unchanged") {
        result.unchanged += 1;
        continue;
      }
      const data = {
        title: fields.title,
        tagline: fields.tagline,
        description: fields.description,
        repositoryUrl: fields.repositoryUrl,
        demoUrl: fields.demoUrl,
        videoUrl: fields.videoUrl,
        technologies: fields.technologies,
      };
      const links = fields.challengeIds.map((challengeId) => ({ challengeId }));
      const existing = byKey.get(row.key);
      if (existing) {
        await db.$transaction(async (tx) => {
          await tx.submission.update({
            where: { id: existing.id },
            data: { ...data, version: { increment: 1 }, challenges: { deleteMany: {}, create: links } },
            select: { id: true },
          });
        });
        result.updated += 1;
        continue;
      }
      // A team of the same name made meanwhile (a participant, or the same file imported at the same
      // time) takes the next name; the same project imported meanwhile is left as that import wrote it.
      let outcome: "created" | "unchanged" | null = null;
      for (let attempt = 0; attempt < 5 && outcome === null; attempt += 1) {
        const name = importedTeamName(fields.title, taken);
        taken.add(name.toLowerCase());
        try {
          await db.team.create({
            data: {
              eventId: params.eventId,
              name,
              joinCode: generateJoinCode(randomBytes),
              submission: {
                create: {
                  eventId: params.eventId,
                  ...data,
                  importKey: row.key,
                  status: row.status,
                  submittedAt: row.status === "SUBMITTED" ? params.now : null,
                  challenges: { create: links },
                },
              },
            },
            select: { id: true },
          });
          outcome = "created";
        } catch (error) {
          if (isUniqueViolation(error, "importKey")) outcome = "unchanged";
          else if (!isUniqueViolation(error, "name")) throw error;
        }
      }
      if (outcome === "created") result.created += 1;
      else if (outcome === "unchanged") result.unchanged += 1;
      else result.skippedLines.push(row.line);
    }
  } finally {
    // Written whatever happened, with what was done: a failure part-way is on the record too.
    await db.$transaction((tx) =>
      audit(tx, {
        actorId: params.actorId,
        eventId: params.eventId,
        action: "submissions.import",
        entityType: "Event",
        entityId: params.eventId,
        data: {
          source: "devpost",
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          skipped: result.skippedLines.length,
        },
      }),
    );
  }
  return result;
}
