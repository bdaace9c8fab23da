"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { rowButtonClass, buttonClass } from "~/app/_components/button-styles";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { TextField } from "~/app/_components/text-field";
import { checkForm, draftOf, problemFrom, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import {
  MAX_CRITERIA,
  ROUND_SCOPE_LABELS,
  ROUND_SCOPES,
  roundDetailsInput,
  type RoundScope,
} from "~/server/judging/schema";

export interface CriterionValues {
  name: string;
  guidance: string;
  weight: string;
}

/** The form's values: numbers stay text while typed; the shared schema reads them. */
export interface RoundValues {
  name: string;
  scope: RoundScope;
  centreId: string;
  challengeId: string;
  judgesPerEntry: string;
  scaleMin: string;
  scaleMax: string;
  opensAt: string;
  closesAt: string;
  criteria: CriterionValues[];
}

const blankCriterion: CriterionValues = { name: "", guidance: "", weight: "1" };

export const emptyRound: RoundValues = {
  name: "",
  scope: "EVENT",
  centreId: "",
  challengeId: "",
  judgesPerEntry: "3",
  scaleMin: "1",
  scaleMax: "10",
  opensAt: "",
  closesAt: "",
  criteria: [{ ...blankCriterion }],
};

export interface ScopeTargets {
  centres: { id: string; name: string }[];
  challenges: { id: string; title: string }[];
}

/** Rounds whose rubric can be copied into this form. */
export type CopySource = { id: string; name: string };

/**
 * Creates a draft round (without `roundId`) or edits one. Every problem is reported at once, checked
 * with the schema the server uses. `locked` says what can no longer change and why.
 */
export function RoundForm({
  eventId,
  roundId,
  initial,
  targets,
  zone,
  copySources,
  locked = { scope: false, rubric: false },
}: {
  eventId: string;
  roundId?: string;
  initial: RoundValues;
  targets: ScopeTargets;
  /** The event's time zone, described, for the hint beside the times. */
  zone: string;
  copySources: CopySource[];
  locked?: { scope: boolean; rubric: boolean };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.judging.create.mutationOptions());
  const update = useMutation(trpc.judging.update.mutationOptions());
  const [values, setValues] = useState<RoundValues>(initial);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `round:${roundId ?? `new:${eventId}`}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const [message, setMessage] = useState<string | null>(null);
  const [copyFrom, setCopyFrom] = useState("");
  const [copying, setCopying] = useState(false);
  const prefix = roundId ? `round-${roundId}` : "new-round";
  const errors = problem?.fields ?? {};

  const set = (name: Exclude<keyof RoundValues, "criteria">) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: e.target.value }));
    setMessage(null);
  };
  const setCriterion = (index: number, key: keyof CriterionValues, value: string) =>
    setValues((v) => ({
      ...v,
      criteria: v.criteria.map((c, i) => (i === index ? { ...c, [key]: value } : c)),
    }));

  async function copyRubric() {
    if (!copyFrom) {
      setProblem({ message: "Choose the round to copy from.", fields: { copyFrom: ["Choose a round"] } });
      return;
    }
    setCopying(true);
    try {
      // The guard reads `roundId`: a new round has none yet, so the source round stands in for it.
      const rubric = await queryClient.fetchQuery(
        trpc.judging.rubricToCopy.queryOptions({ roundId: roundId ?? copyFrom, fromRoundId: copyFrom }),
      );
      setValues((v) => ({
        ...v,
        scaleMin: String(rubric.scaleMin),
        scaleMax: String(rubric.scaleMax),
        criteria: rubric.criteria.map((c) => ({
          name: c.name,
          guidance: c.guidance,
          weight: String(c.weight),
        })),
      }));
      setProblem(null);
      const source = copySources.find((s) => s.id === copyFrom)?.name ?? "that round";
      setMessage(`Copied the criteria and scale of “${source}”. Check them, then save.`);
    } catch (error) {
      setProblem(problemFrom(error));
    } finally {
      setCopying(false);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage(null);
    const checked = checkForm(roundDetailsInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const details = checked.data;
    if (roundId) {
      if (await attempt(() => update.mutateAsync({ roundId, details }))) {
        setMessage("Saved.");
        router.refresh();
      }
      return;
    }
    await attempt(
      async () => {
        const created = await create.mutateAsync({ eventId, details });
        router.push(`/manage/events/${eventId}/judging/${created.id}?created=1`);
      },
      { keepPendingOnSuccess: true },
    );
  }

  const rowLabels = (i: number): [string, string][] => [
    [`criteria.${i}.name`, `Criterion ${i + 1} name`],
    [`criteria.${i}.guidance`, `Criterion ${i + 1} guidance`],
    [`criteria.${i}.weight`, `Criterion ${i + 1} weight`],
  ];
  const labels: Record<string, string> = {
    copyFrom: "Copy the rubric from",
    name: "Name",
    scope: "What the round judges",
    centreId: "Centre",
    challengeId: "Challenge",
    judgesPerEntry: "Judges per entry",
    scaleMin: "Lowest score",
    scaleMax: "Highest score",
    opensAt: "Opens",
    closesAt: "Closes",
    criteria: "Criteria",
    ...Object.fromEntries(values.criteria.flatMap((_, i) => rowLabels(i))),
  };
  const anchors: Record<string, string> = {
    criteria: `${prefix}-add-criterion`,
    ...Object.fromEntries(
      values.criteria.flatMap((_, i) =>
        rowLabels(i).map(([key]) => [key, `${prefix}-${key.replaceAll(".", "-")}`]),
      ),
    ),
  };

  const input = (
    name: "name" | "judgesPerEntry" | "scaleMin" | "scaleMax" | "opensAt" | "closesAt",
    label: string,
    options: { hint?: string; type?: string; disabled?: boolean } = {},
  ) => (
    <Field id={`${prefix}-${name}`} label={label} hint={options.hint} errors={errors[name]}>
      {(a) => (
        <input
          {...a}
          type={options.type ?? "text"}
          inputMode={options.type === "number" ? "numeric" : undefined}
          disabled={options.disabled}
          className={inputClass}
          value={values[name]}
          onChange={set(name)}
        />
      )}
    </Field>
  );

  const select = (
    name: "scope" | "centreId" | "challengeId",
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Field id={`${prefix}-${name}`} label={label} errors={errors[name]}>
      {(a) => (
        <select
          {...a}
          disabled={locked.scope}
          className={inputClass}
          value={values[name]}
          onChange={set(name)}
        >
          {name === "scope" ? null : <option value="">Choose…</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <ErrorSummary
        problem={problem}
        labels={labels}
        idPrefix={`${prefix}-`}
        anchors={anchors}
        restored={restored}
      />
      <FormStatus message={message} />
      {input("name", "Name", { hint: "For example: Heats, Finals, Best use of transport data." })}
      <div className="grid gap-4 sm:grid-cols-2">
        {select(
          "scope",
          "What the round judges",
          ROUND_SCOPES.map((s) => ({ value: s, label: ROUND_SCOPE_LABELS[s] })),
        )}
        {values.scope === "HEAT"
          ? select(
              "centreId",
              "Centre",
              targets.centres.map((c) => ({ value: c.id, label: c.name })),
            )
          : null}
        {values.scope === "CHALLENGE"
          ? select(
              "challengeId",
              "Challenge",
              targets.challenges.map((c) => ({ value: c.id, label: c.title })),
            )
          : null}
      </div>
      {locked.scope ? (
        <p className="text-sm text-slate-600">What the round judges is fixed once it has opened.</p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {input("judgesPerEntry", "Judges per entry", { type: "number", hint: "Each entry gets this many." })}
        {input("scaleMin", "Lowest score", { type: "number", disabled: locked.rubric })}
        {input("scaleMax", "Highest score", { type: "number", disabled: locked.rubric })}
      </div>
      <fieldset className="space-y-3">
        <legend className="font-medium">When judges can score (optional)</legend>
        <p className="text-sm text-slate-600">
          In the event&apos;s time zone, {zone}, 24-hour clock. Leave them blank to open and close the round
          yourself.
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("opensAt", "Opens", { type: "datetime-local" })}
          {input("closesAt", "Closes", { type: "datetime-local" })}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">Criteria</legend>
        {locked.rubric ? (
          <p className="text-sm text-slate-700">
            Judges have started scoring, so the criteria, their weights and the scale are fixed. You can still
            improve the guidance.
          </p>
        ) : (
          <p className="text-sm text-slate-600">
            Judges score each criterion; an entry&apos;s score is the weighted mean. The criteria and scale
            lock when the first score comes in.
          </p>
        )}
        {errors.criteria ? (
          <p className="text-sm font-medium text-red-700">{errors.criteria.join(". ")}</p>
        ) : null}
        {copySources.length > 0 && !locked.rubric ? (
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 grow">
              <Field id={`${prefix}-copyFrom`} label="Copy the rubric from" errors={errors.copyFrom}>
                {(a) => (
                  <select
                    {...a}
                    className={inputClass}
                    value={copyFrom}
                    onChange={(e) => setCopyFrom(e.target.value)}
                  >
                    <option value="">Choose a round…</option>
                    {copySources.map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </div>
            <PendingButton
              type="button"
              pending={copying}
              pendingLabel="Copying…"
              className={rowButtonClass}
              onClick={() => void copyRubric()}
            >
              Copy its criteria
            </PendingButton>
          </div>
        ) : null}
        <ol className="space-y-4">
          {values.criteria.map((criterion, i) => (
            <li key={i} className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
              <div className="grid gap-2 sm:grid-cols-[2fr_1fr]">
                <TextField
                  id={`${prefix}-criteria-${i}-name`}
                  label={`Criterion ${i + 1} name`}
                  errors={errors[`criteria.${i}.name`]}
                  disabled={locked.rubric}
                  value={criterion.name}
                  onChange={(name) => setCriterion(i, "name", name)}
                />
                <TextField
                  id={`${prefix}-criteria-${i}-weight`}
                  label={`Criterion ${i + 1} weight`}
                  errors={errors[`criteria.${i}.weight`]}
                  type="number"
                  inputMode="decimal"
                  disabled={locked.rubric}
                  value={criterion.weight}
                  onChange={(weight) => setCriterion(i, "weight", weight)}
                />
              </div>
              <Field
                id={`${prefix}-criteria-${i}-guidance`}
                label={`Criterion ${i + 1} guidance`}
                hint="What judges should look for (optional)."
                errors={errors[`criteria.${i}.guidance`]}
              >
                {(a) => (
                  <textarea
                    {...a}
                    rows={2}
                    className={inputClass}
                    value={criterion.guidance}
                    onChange={(e) => setCriterion(i, "guidance", e.target.value)}
                  />
                )}
              </Field>
              {values.criteria.length > 1 && !locked.rubric ? (
                <button
                  type="button"
                  className={rowButtonClass}
                  onClick={() => setValues((v) => ({ ...v, criteria: v.criteria.filter((_, j) => j !== i) }))}
                >
                  Remove<span className="sr-only"> criterion {i + 1}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ol>
        {locked.rubric ? null : values.criteria.length < MAX_CRITERIA ? (
          <button
            id={`${prefix}-add-criterion`}
            type="button"
            className={rowButtonClass}
            onClick={() => setValues((v) => ({ ...v, criteria: [...v.criteria, { ...blankCriterion }] }))}
          >
            Add a criterion
          </button>
        ) : (
          <p className="text-sm text-slate-600">A round can have up to {MAX_CRITERIA} criteria.</p>
        )}
      </fieldset>
      <PendingButton pending={pending} pendingLabel="Saving…" className={buttonClass}>
        {roundId ? "Save changes" : "Create round"}
      </PendingButton>
    </form>
  );
}
