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
}: {
  organisationId: string;
  organisationSlug: string;
  /** Present when editing. */
  challengeId?: string;
  /** Published events to choose from, when creating. */
  events?: { id: string; name: string }[];
  initial: Values;
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
      !challengeId && !eventId ? { eventId: ["Choose an event"] } : {},
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
  const labels: Record<string, string> = {
    eventId: "Event",
    title: "Title",
    summary: "Summary",
    problemStatement: "Problem statement",
    sector: "Sector",
    resources: "Resources",
    ...Object.fromEntries(
      values.resources.flatMap((_, i) => [
        [`resources.${i}.name`, `Link ${i + 1} name`],
        [`resources.${i}.url`, `Link ${i + 1} address`],
      ]),
    ),
    successCriteria: "Success criteria",
    prize: "Prize",
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
      <FormStatus message={saved ? "Saved." : null} />
      {events ? (
        <Field
          id={`${prefix}-event`}
          label="Event"
          hint="Challenges can be posted to published events."
          errors={errors.eventId}
        >
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
      {text("title", "Title")}
      {text("summary", "Summary", "One or two sentences for the event page.", 2)}
      {text("problemStatement", "Problem statement", MARKDOWN_HINT, 10)}
      {text("sector", "Sector", "For example: transport, health, environment.")}
      <fieldset className="space-y-3 rounded border border-slate-200 p-4">
        <legend className="px-1 font-medium">Resources (open data, APIs, documents)</legend>
        {errors.resources ? (
          <p className="text-sm font-medium text-red-700">{errors.resources.join(". ")}</p>
        ) : null}
        {values.resources.map((resource, i) => (
          <div key={i} className="grid gap-2 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
            <TextField
              id={`${prefix}-resource-${i}-name`}
              label={`Link ${i + 1} name`}
              errors={errors[`resources.${i}.name`]}
              value={resource.name}
              onChange={(name) => setResource(i, "name", name)}
            />
            <TextField
              id={`${prefix}-resource-${i}-url`}
              label={`Link ${i + 1} address`}
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
              Remove<span className="sr-only"> link {i + 1}</span>
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
            Add a link
          </button>
        ) : (
          <p className="text-sm text-slate-600">You can add up to {MAX_RESOURCES} links.</p>
        )}
      </fieldset>
      {text("successCriteria", "Success criteria", MARKDOWN_HINT, 4)}
      {text("prize", "Prize")}
      <PendingButton pending={pending} pendingLabel="Saving…" className={buttonClass}>
        {challengeId ? "Save changes" : "Create draft"}
      </PendingButton>
    </form>
  );
}
