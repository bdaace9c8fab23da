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
import { fillTemplate } from "~/server/i18n/labels";
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

/**
 * What the form says (the "RoundForm" messages), read by the page: roundFormWords. Templates filled in the
 * browser: copied (`{source}`), criterionName, criterionGuidance, criterionWeight and removeWhich (`{n}`),
 * zoneHint (`{zone}`), maxCriteria (`{max}`).
 */
export interface RoundFormWords {
  chooseSource: string;
  chooseSourceField: string;
  thatRound: string;
  copied: string;
  saved: string;
  criterionName: string;
  criterionGuidance: string;
  criterionWeight: string;
  copyFrom: string;
  name: string;
  scope: string;
  centreId: string;
  challengeId: string;
  judgesPerEntry: string;
  scaleMin: string;
  scaleMax: string;
  opensAt: string;
  closesAt: string;
  criteria: string;
  choose: string;
  nameHint: string;
  scopeFixed: string;
  judgesPerEntryHint: string;
  whenLegend: string;
  zoneHint: string;
  rubricFixed: string;
  rubricIntro: string;
  chooseRoundOption: string;
  copying: string;
  copyCriteria: string;
  guidanceHint: string;
  remove: string;
  removeWhich: string;
  addCriterion: string;
  maxCriteria: string;
  saving: string;
  saveChanges: string;
  createRound: string;
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
  words,
}: {
  eventId: string;
  roundId?: string;
  initial: RoundValues;
  targets: ScopeTargets;
  /** The event's time zone, described, for the hint beside the times. */
  zone: string;
  copySources: CopySource[];
  locked?: { scope: boolean; rubric: boolean };
  words: RoundFormWords;
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
      setProblem({ message: words.chooseSource, fields: { copyFrom: [words.chooseSourceField] } });
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
      const source = copySources.find((s) => s.id === copyFrom)?.name ?? words.thatRound;
      setMessage(fillTemplate(words.copied, { source }));
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
        setMessage(words.saved);
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
    [`criteria.${i}.name`, fillTemplate(words.criterionName, { n: i + 1 })],
    [`criteria.${i}.guidance`, fillTemplate(words.criterionGuidance, { n: i + 1 })],
    [`criteria.${i}.weight`, fillTemplate(words.criterionWeight, { n: i + 1 })],
  ];
  const labels: Record<string, string> = {
    copyFrom: words.copyFrom,
    name: words.name,
    scope: words.scope,
    centreId: words.centreId,
    challengeId: words.challengeId,
    judgesPerEntry: words.judgesPerEntry,
    scaleMin: words.scaleMin,
    scaleMax: words.scaleMax,
    opensAt: words.opensAt,
    closesAt: words.closesAt,
    criteria: words.criteria,
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
          {name === "scope" ? null : <option value="">{words.choose}</option>}
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
      {input("name", words.name, { hint: words.nameHint })}
      <div className="grid gap-4 sm:grid-cols-2">
        {select(
          "scope",
          words.scope,
          ROUND_SCOPES.map((s) => ({ value: s, label: ROUND_SCOPE_LABELS[s] })),
        )}
        {values.scope === "HEAT"
          ? select(
              "centreId",
              words.centreId,
              targets.centres.map((c) => ({ value: c.id, label: c.name })),
            )
          : null}
        {values.scope === "CHALLENGE"
          ? select(
              "challengeId",
              words.challengeId,
              targets.challenges.map((c) => ({ value: c.id, label: c.title })),
            )
          : null}
      </div>
      {locked.scope ? <p className="text-sm text-slate-600">{words.scopeFixed}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {input("judgesPerEntry", words.judgesPerEntry, { type: "number", hint: words.judgesPerEntryHint })}
        {input("scaleMin", words.scaleMin, { type: "number", disabled: locked.rubric })}
        {input("scaleMax", words.scaleMax, { type: "number", disabled: locked.rubric })}
      </div>
      <fieldset className="space-y-3">
        <legend className="font-medium">{words.whenLegend}</legend>
        <p className="text-sm text-slate-600">{fillTemplate(words.zoneHint, { zone })}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("opensAt", words.opensAt, { type: "datetime-local" })}
          {input("closesAt", words.closesAt, { type: "datetime-local" })}
        </div>
      </fieldset>
      <fieldset className="space-y-4 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">{words.criteria}</legend>
        {locked.rubric ? (
          <p className="text-sm text-slate-700">{words.rubricFixed}</p>
        ) : (
          <p className="text-sm text-slate-600">{words.rubricIntro}</p>
        )}
        {errors.criteria ? (
          <p className="text-sm font-medium text-red-700">{errors.criteria.join(". ")}</p>
        ) : null}
        {copySources.length > 0 && !locked.rubric ? (
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-0 grow">
              <Field id={`${prefix}-copyFrom`} label={words.copyFrom} errors={errors.copyFrom}>
                {(a) => (
                  <select
                    {...a}
                    className={inputClass}
                    value={copyFrom}
                    onChange={(e) => setCopyFrom(e.target.value)}
                  >
                    <option value="">{words.chooseRoundOption}</option>
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
              pendingLabel={words.copying}
              className={rowButtonClass}
              onClick={() => void copyRubric()}
            >
              {words.copyCriteria}
            </PendingButton>
          </div>
        ) : null}
        <ol className="space-y-4">
          {values.criteria.map((criterion, i) => (
            <li key={i} className="space-y-2 border-t border-slate-200 pt-3 first:border-t-0 first:pt-0">
              <div className="grid gap-2 sm:grid-cols-[2fr_1fr]">
                <TextField
                  id={`${prefix}-criteria-${i}-name`}
                  label={fillTemplate(words.criterionName, { n: i + 1 })}
                  errors={errors[`criteria.${i}.name`]}
                  disabled={locked.rubric}
                  value={criterion.name}
                  onChange={(name) => setCriterion(i, "name", name)}
                />
                <TextField
                  id={`${prefix}-criteria-${i}-weight`}
                  label={fillTemplate(words.criterionWeight, { n: i + 1 })}
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
                label={fillTemplate(words.criterionGuidance, { n: i + 1 })}
                hint={words.guidanceHint}
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
                  {words.remove}
                  <span className="sr-only"> {fillTemplate(words.removeWhich, { n: i + 1 })}</span>
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
            {words.addCriterion}
          </button>
        ) : (
          <p className="text-sm text-slate-600">{fillTemplate(words.maxCriteria, { max: MAX_CRITERIA })}</p>
        )}
      </fieldset>
      <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
        {roundId ? words.saveChanges : words.createRound}
      </PendingButton>
    </form>
  );
}
