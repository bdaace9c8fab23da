"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/app/trpc/react";
import { MAX_RESOURCES, challengeDetails, type ChallengeDetailsInput } from "~/server/challenges/schema";
import { ErrorSummary } from "./error-summary";
import { Field, inputClass } from "./field";
import { TextField } from "./text-field";
import { checkForm, draftOf, useFormProblem } from "./form-errors";
import { FormStatus } from "./form-status";
import { MARKDOWN_HINT } from "./markdown-hint";
import { PendingButton } from "./pending-button";
import { useRequestKey } from "./request-key";
import { buttonClass, rowButtonClass } from "./button-styles";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the challenge form says (the "ChallengeForm" messages), read by its pages (challengeFormWords):
 * `linkName`, `linkAddress` and `removeLink` are raw templates with `{number}`.
 */
export interface ChallengeFormWords {
  chooseEvent: string;
  event: string;
  title: string;
  summary: string;
  problemStatement: string;
  sector: string;
  resources: string;
  linkName: string;
  linkAddress: string;
  successCriteria: string;
  prize: string;
  saved: string;
  eventHint: string;
  summaryHint: string;
  sectorHint: string;
  resourcesLegend: string;
  remove: string;
  removeLink: string;
  addLink: string;
  upTo: string;
  saving: string;
  saveChanges: string;
  createDraft: string;
}

type Values = Required<ChallengeDetailsInput> & { resources: { name: string; url: string }[] };

export const emptyChallenge: Values = {
  title: "",
  summary: "",
  problemStatement: "",
  sector: "",
  resources: [],
  successCriteria: "",
  prize: "",
};

/** A sponsor drafts a challenge (with `events` to choose from) or edits one (with `challengeId`). */
export function ChallengeForm({
  organisationId,
  organisationSlug,
  challengeId,
  events,
  initial,
  words,
}: {
  organisationId: string;
  organisationSlug: string;
  /** Present when editing. */
  challengeId?: string;
  /** Published events to choose from, when creating. */
  events?: { id: string; name: string }[];
  initial: Values;
  words: ChallengeFormWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const create = useMutation(trpc.challenges.create.mutationOptions());
  const update = useMutation(trpc.challenges.update.mutationOptions());
  const [values, setValues] = useState<Values>(initial);
  const [eventId, setEventId] = useState(events?.[0]?.id ?? "");
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `challenge:${challengeId ?? `new:${organisationId}`}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const requestKey = useRequestKey();
  const [saved, setSaved] = useState(false);
  const prefix = challengeId ? `edit-${challengeId}` : "new-challenge";
  const errors = problem?.fields ?? {};

  const set = (name: Exclude<keyof Values, "resources">) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: e.target.value }));
    setSaved(false);
  };
  const setResource = (index: number, key: "name" | "url", value: string) =>
    setValues((v) => ({
      ...v,
      resources: v.resources.map((r, i) => (i === index ? { ...r, [key]: value } : r)),
    }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = checkForm(
      challengeDetails,
      values,
      !challengeId && !eventId ? { eventId: [words.chooseEvent] } : {},
    );
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const details = checked.data;
    if (challengeId) {
      if (await attempt(() => update.mutateAsync({ organisationId, challengeId, details }))) {
        setSaved(true);
        router.refresh();
      }
    } else {
      await attempt(
        async () => {
          const created = await create.mutateAsync({
            organisationId,
            eventId,
            details,
            requestKey: requestKey.current,
          });
          router.push(`/organisations/${organisationSlug}/manage/challenges/${created.id}`);
        },
        { keepPendingOnSuccess: true },
      );
    }
  }

  // How the error summary names each field (and each resource row's two), in the form's order.
  const linkName = (i: number) => fillTemplate(words.linkName, { number: i + 1 });
  const linkAddress = (i: number) => fillTemplate(words.linkAddress, { number: i + 1 });
  const labels: Record<string, string> = {
    eventId: words.event,
    title: words.title,
    summary: words.summary,
    problemStatement: words.problemStatement,
    sector: words.sector,
    resources: words.resources,
    ...Object.fromEntries(
      values.resources.flatMap((_, i) => [
        [`resources.${i}.name`, linkName(i)],
        [`resources.${i}.url`, linkAddress(i)],
      ]),
    ),
    successCriteria: words.successCriteria,
    prize: words.prize,
  };
  const anchors: Record<string, string> = {
    eventId: `${prefix}-event`,
    resources: `${prefix}-add-link`,
    ...Object.fromEntries(
      values.resources.flatMap((_, i) => [
        [`resources.${i}.name`, `${prefix}-resource-${i}-name`],
        [`resources.${i}.url`, `${prefix}-resource-${i}-url`],
      ]),
    ),
  };

  const text = (name: Exclude<keyof Values, "resources">, label: string, hint?: string, rows?: number) => (
    <Field id={`${prefix}-${name}`} label={label} hint={hint} errors={errors[name]}>
      {(a) =>
        rows ? (
          <textarea {...a} rows={rows} className={inputClass} value={values[name]} onChange={set(name)} />
        ) : (
          <input {...a} className={inputClass} value={values[name]} onChange={set(name)} />
        )
      }
    </Field>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <ErrorSummary
        problem={problem}
        labels={labels}
        idPrefix={`${prefix}-`}
        anchors={anchors}
        restored={restored}
      />
      <FormStatus message={saved ? words.saved : null} />
      {events ? (
        <Field id={`${prefix}-event`} label={words.event} hint={words.eventHint} errors={errors.eventId}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={eventId}
              onChange={(e) => setEventId(e.target.value)}
            >
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      {text("title", words.title)}
      {text("summary", words.summary, words.summaryHint, 2)}
      {text("problemStatement", words.problemStatement, MARKDOWN_HINT, 10)}
      {text("sector", words.sector, words.sectorHint)}
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">{words.resourcesLegend}</legend>
        {errors.resources ? (
          <p className="text-sm font-medium text-red-700">{errors.resources.join(". ")}</p>
        ) : null}
        {values.resources.map((resource, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
            <TextField
              id={`${prefix}-resource-${i}-name`}
              label={linkName(i)}
              errors={errors[`resources.${i}.name`]}
              value={resource.name}
              onChange={(name) => setResource(i, "name", name)}
            />
            <TextField
              id={`${prefix}-resource-${i}-url`}
              label={linkAddress(i)}
              errors={errors[`resources.${i}.url`]}
              type="url"
              value={resource.url}
              onChange={(url) => setResource(i, "url", url)}
            />
            <button
              type="button"
              onClick={() => setValues((v) => ({ ...v, resources: v.resources.filter((_, j) => j !== i) }))}
              className={rowButtonClass}
            >
              {words.remove}
              <span className="sr-only"> {fillTemplate(words.removeLink, { number: i + 1 })}</span>
            </button>
          </div>
        ))}
        {values.resources.length < MAX_RESOURCES ? (
          <button
            id={`${prefix}-add-link`}
            type="button"
            onClick={() => setValues((v) => ({ ...v, resources: [...v.resources, { name: "", url: "" }] }))}
            className={rowButtonClass}
          >
            {words.addLink}
          </button>
        ) : (
          <p className="text-sm text-slate-600">{words.upTo}</p>
        )}
      </fieldset>
      {text("successCriteria", words.successCriteria, MARKDOWN_HINT, 4)}
      {text("prize", words.prize)}
      <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
        {challengeId ? words.saveChanges : words.createDraft}
      </PendingButton>
    </form>
  );
}
