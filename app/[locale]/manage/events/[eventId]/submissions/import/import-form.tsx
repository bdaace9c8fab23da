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
import { MAX_IMPORT_CHARACTERS } from "~/server/imports/schema";

type Action = "create" | "update" | "unchanged" | "error";

interface Preview {
  columns: string[];
  mapping: ImportMapping;
  mappingProblems: string[];
  rows: { line: number; key: string; title: string; action: Action; errors: string[]; warnings: string[] }[];
  counts: Record<Action, number>;
}

const actionText: Record<Action, string> = {
  create: "New",
  update: "Update",
  unchanged: "Unchanged",
  error: "Not imported",
};
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
export function ImportForm({ eventId }: { eventId: string }) {
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
    }, "Checked. Nothing is imported until you choose Import.");
  }

  async function choose(file: File | undefined) {
    setResult(null);
    setMapping(null);
    importing.reset(true);
    if (!file) return setCsv(null);
    if (file.size > MAX_IMPORT_CHARACTERS) {
      checking.setProblem({ message: "The file is larger than 2 MB: split it in two.", fields: {} });
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
      summary =
        `Imported: ${done.created} new, ${done.updated} updated, ${done.unchanged} unchanged` +
        (skipped > 0
          ? `; ${skipped} row${skipped === 1 ? "" : "s"} with problems left out (line ${done.skippedLines.join(", ")}).`
          : ".");
      const again = await preview.mutateAsync({ eventId, csv, mapping });
      setResult(again);
    }, "Imported.");
    if (summary) importing.setDone(summary);
  }

  const importable = result ? result.counts.create + result.counts.update : 0;
  return (
    <div className="space-y-6">
      <section className={`space-y-3 ${cardClass}`} aria-labelledby="file-heading">
        <h2 id="file-heading" className={cardTitleClass}>
          1. Choose the file
        </h2>
        <div className="space-y-1">
          <label htmlFor="devpost-file" className="block font-medium">
            Devpost export (CSV)
          </label>
          <p id="devpost-file-hint" className="text-sm text-slate-700">
            On Devpost, a hackathon&apos;s managers download it from Manage hackathon → Metrics → Export
            submissions. At most 2 MB and 2,000 projects.
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
            2. Check the columns
          </h2>
          <p className="text-sm text-slate-700">
            We chose Devpost&apos;s own columns. Change any that your file names differently.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {IMPORT_FIELDS.map((field) => (
              <Field
                key={field}
                id={`column-${field}`}
                label={`${IMPORT_FIELD_LABELS[field]}${REQUIRED_FIELDS.includes(field) ? "" : " (optional)"}`}
              >
                {(a) => (
                  <select
                    {...a}
                    className={inputClass}
                    value={mapping[field] ?? NONE}
                    onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || null })}
                  >
                    <option value={NONE}>— none —</option>
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
            pendingLabel="Checking…"
            onClick={() => csv && void check(csv, mapping)}
          >
            Check again with these columns
          </PendingButton>
        </section>
      ) : null}

      {result && result.mappingProblems.length === 0 ? (
        <section className="space-y-3" aria-labelledby="rows-heading">
          <h2 id="rows-heading" className={sectionTitleClass}>
            3. What will happen
          </h2>
          <p role="status" data-testid="import-counts">
            {result.counts.create} new, {result.counts.update} to update, {result.counts.unchanged} unchanged,{" "}
            {result.counts.error} with problems (not imported).
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {result.rows.map((row) => (
              <li key={row.line} className="space-y-1 p-3" data-testid="import-row">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="text-sm text-slate-600">Line {row.line}</span>
                  <span className="font-semibold break-words">{row.title || "(no title)"}</span>
                  <Badge tone={actionTone[row.action]}>{actionText[row.action]}</Badge>
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
            pendingLabel="Importing…"
            disabled={importable === 0}
            onClick={() => void runImport()}
          >
            {importable === 0
              ? "Nothing to import"
              : `Import ${importable} project${importable === 1 ? "" : "s"}`}
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
