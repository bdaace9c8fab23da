"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { Badge, type BadgeTone } from "~/app/_components/badge";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ActionProblem } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  type ImportMapping,
} from "~/server/imports/devpost";
import { fillTemplate } from "~/server/i18n/labels";
import { MAX_IMPORT_CHARACTERS } from "~/server/imports/schema";

type Action = "create" | "update" | "unchanged" | "error";

interface Preview {
  columns: string[];
  mapping: ImportMapping;
  mappingProblems: string[];
  rows: { line: number; key: string; title: string; action: Action; errors: string[]; warnings: string[] }[];
  counts: Record<Action, number>;
}

/**
 * What the import form says (the "ImportProjects" messages, read by the page). `optional`, `counts`,
 * `line`, `importOne`, `importMany` and the `imported…` summaries are raw templates filled in here.
 */
export interface ImportFormWords {
  checked: string;
  tooLarge: string;
  imported: string;
  importedDone: string;
  importedSkippedOne: string;
  importedSkippedMany: string;
  chooseHeading: string;
  fileLabel: string;
  fileHint: string;
  columnsHeading: string;
  columnsIntro: string;
  optional: string;
  noColumn: string;
  checking: string;
  checkAgain: string;
  rowsHeading: string;
  counts: string;
  line: string;
  noTitle: string;
  importing: string;
  nothingToImport: string;
  importOne: string;
  importMany: string;
  action: Record<Action, string>;
}

const actionTone: Record<Action, BadgeTone> = {
  create: "success",
  update: "warning",
  unchanged: "neutral",
  error: "danger",
};

const NONE = "";

/**
 * Imports projects from a Devpost export: choose the file, check which column fills each field, read
 * what each row would do (nothing changes yet), then import. Importing the same file again updates the
 * projects rather than copying them.
 */
export function ImportForm({ eventId, words }: { eventId: string; words: ImportFormWords }) {
  const trpc = useTRPC();
  const preview = useMutation(trpc.imports.previewDevpost.mutationOptions());
  const importer = useMutation(trpc.imports.importDevpost.mutationOptions());
  const checking = usePageAction();
  const importing = usePageAction();
  const [csv, setCsv] = useState<string | null>(null);
  const [result, setResult] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const input = useRef<HTMLInputElement>(null);

  async function check(text: string, chosen: ImportMapping | null) {
    await checking.run(async () => {
      const answer = await preview.mutateAsync({
        eventId,
        csv: text,
        ...(chosen ? { mapping: chosen } : {}),
      });
      setResult(answer);
      setMapping(answer.mapping);
    }, words.checked);
  }

  async function choose(file: File | undefined) {
    setResult(null);
    setMapping(null);
    importing.reset(true);
    if (!file) return setCsv(null);
    if (file.size > MAX_IMPORT_CHARACTERS) {
      checking.setProblem({ message: words.tooLarge, fields: {} });
      return;
    }
    const text = await file.text();
    setCsv(text);
    await check(text, null);
  }

  async function runImport() {
    if (!csv || !mapping) return;
    let summary = "";
    await importing.run(async () => {
      const done = await importer.mutateAsync({ eventId, csv, mapping });
      const skipped = done.skippedLines.length;
      summary = fillTemplate(
        skipped === 0 ? words.imported : skipped === 1 ? words.importedSkippedOne : words.importedSkippedMany,
        {
          created: done.created,
          updated: done.updated,
          unchanged: done.unchanged,
          skipped,
          lines: done.skippedLines.join(", "),
        },
      );
      const again = await preview.mutateAsync({ eventId, csv, mapping });
      setResult(again);
    }, words.importedDone);
    if (summary) importing.setDone(summary);
  }

  const importable = result ? result.counts.create + result.counts.update : 0;
  return (
    <div className="space-y-6">
      <section className={`space-y-3 ${cardClass}`} aria-labelledby="file-heading">
        <h2 id="file-heading" className={cardTitleClass}>
          {words.chooseHeading}
        </h2>
        <div className="space-y-1">
          <label htmlFor="devpost-file" className="block font-medium">
            {words.fileLabel}
          </label>
          <p id="devpost-file-hint" className="text-sm text-slate-700">
            {words.fileHint}
          </p>
          <input
            ref={input}
            id="devpost-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="devpost-file-hint"
            onChange={(e) => void choose(e.target.files?.[0])}
            className="block text-sm file:mr-3 file:rounded file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
        </div>
        <ActionProblem problem={checking.problem} />
      </section>

      {result && mapping ? (
        <section className={`space-y-3 ${cardClass}`} aria-labelledby="columns-heading">
          <h2 id="columns-heading" className={cardTitleClass}>
            {words.columnsHeading}
          </h2>
          <p className="text-sm text-slate-700">{words.columnsIntro}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            {IMPORT_FIELDS.map((field) => (
              <Field
                key={field}
                id={`column-${field}`}
                label={
                  REQUIRED_FIELDS.includes(field)
                    ? IMPORT_FIELD_LABELS[field]
                    : fillTemplate(words.optional, { label: IMPORT_FIELD_LABELS[field] })
                }
              >
                {(a) => (
                  <select
                    {...a}
                    className={inputClass}
                    value={mapping[field] ?? NONE}
                    onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
                  >
                    <option value={NONE}>{words.noColumn}</option>
                    {result.columns.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
          {result.mappingProblems.length > 0 ? (
            <ul role="alert" className="list-disc pl-5 font-medium text-red-800">
              {result.mappingProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          <PendingButton
            type="button"
            className={secondaryButtonClass}
            pending={checking.pending}
            pendingLabel={words.checking}
            onClick={() => csv && void check(csv, mapping)}
          >
            {words.checkAgain}
          </PendingButton>
        </section>
      ) : null}

      {result && result.mappingProblems.length === 0 ? (
        <section className="space-y-3" aria-labelledby="rows-heading">
          <h2 id="rows-heading" className={sectionTitleClass}>
            {words.rowsHeading}
          </h2>
          <p role="status" data-testid="import-counts">
            {fillTemplate(words.counts, result.counts)}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {result.rows.map((row) => (
              <li key={row.line} className="space-y-1 p-3" data-testid="import-row">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm text-slate-600">
                    {fillTemplate(words.line, { line: row.line })}
                  </span>
                  <span className="font-semibold break-words">{row.title || words.noTitle}</span>
                  <Badge tone={actionTone[row.action]}>{words.action[row.action]}</Badge>
                </div>
                {row.errors.length > 0 ? (
                  <ul className="list-disc pl-5 text-sm text-red-800">
                    {row.errors.map((e) => (
                      <li key={e}>{e}</li>
                    ))}
                  </ul>
                ) : null}
                {row.warnings.length > 0 ? (
                  <ul className="list-disc pl-5 text-sm text-amber-900">
                    {row.warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
          <PendingButton
            type="button"
            pending={importing.pending}
            pendingLabel={words.importing}
            disabled={importable === 0}
            onClick={() => void runImport()}
          >
            {importable === 0
              ? words.nothingToImport
              : fillTemplate(importable === 1 ? words.importOne : words.importMany, { count: importable })}
          </PendingButton>
          {importing.done ? (
            <p role="status" className="font-medium text-green-800">
              {importing.done}
            </p>
          ) : null}
          <ActionProblem problem={importing.problem} />
        </section>
      ) : null}
    </div>
  );
}
