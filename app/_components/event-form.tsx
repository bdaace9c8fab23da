"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/app/trpc/react";
import {
  TIMELINE_FIELD_LABELS,
  TIMELINE_FIELDS,
  zoneToReadTimesIn,
  type TimeZoneChange,
} from "~/server/events/rules";
import { ErrorSummary } from "./error-summary";
import { Field, inputClass } from "./field";
import { checkForm, draftOf, useFormProblem } from "./form-errors";
import { FormStatus } from "./form-status";
import { MARKDOWN_HINT } from "./markdown-hint";
import { PendingButton } from "./pending-button";
import { TimeZoneCombobox } from "./time-zone-combobox";
import { cardTitleClass } from "./text-styles";

import type { EventFormValues } from "./event-form-values";

const timelineFields = TIMELINE_FIELDS.map((name) => [name, TIMELINE_FIELD_LABELS[name]] as const);

const loadTimeTools = () => import("./event-form-time");
type TimeTools = Awaited<ReturnType<typeof loadTimeTools>>;

const sizeFields = [
  { name: "teamMinSize", label: "Smallest team", min: 1, max: 20 },
  { name: "teamMaxSize", label: "Largest team", min: 1, max: 20 },
  { name: "minimumAge", label: "Minimum age (optional)", min: 5, max: 99 },
] as const;

// Who needs a guardian: fixed once people register (server/events/commands.ts).
const ageFields = [
  {
    name: "consentAge",
    label: "Adult age",
    min: 16,
    max: 21,
    hint: "Younger participants take part only with a parent or guardian's consent. 18 in the UK.",
  },
  {
    name: "digitalConsentAge",
    label: "Age of digital consent",
    min: 0,
    max: 21,
    hint: "Younger children are registered by a parent or carer from their own account, and are in the team finder only if they allow it. 13 in the UK; 0 turns this off.",
  },
] as const;

function toInput(values: EventFormValues) {
  return {
    ...values,
    teamMinSize: values.teamMinSize,
    teamMaxSize: values.teamMaxSize,
    minimumAge: values.minimumAge.trim() === "" ? null : values.minimumAge,
  };
}

const labels = {
  name: "Name",
  slug: "Web address",
  description: "Description",
  contactEmail: "Contact email",
  codeOfConduct: "Code of conduct",
  organiserEmail: "Organiser's email",
  timeZone: "Time zone",
  timeZoneChange: "Time zone change",
  ...Object.fromEntries(timelineFields),
  ...Object.fromEntries(sizeFields.map((f) => [f.name, f.label])),
  ...Object.fromEntries(ageFields.map((f) => [f.name, f.label])),
};

/**
 * Creates a draft event (an admin; or an operator's owner, given `organisationId`: the event is run by
 * that organisation) or edits one (its organisers); times are read in the event's zone.
 */
export function EventForm({
  mode,
  eventId,
  organisationId,
  initial,
  timeZones,
}: {
  mode: "create" | "edit";
  eventId?: string;
  organisationId?: string;
  initial: EventFormValues;
  timeZones: { common: string[]; others: string[] };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  // The zone the times below are shown in: the event's saved zone (it moves when a save changes it).
  const [shownIn, setShownIn] = useState(initial.timeZone);
  const [keep, setKeep] = useState<TimeZoneChange | null>(null);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `event:${eventId ?? "new"}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const [saved, setSaved] = useState<string | null>(null);
  const zoneChanging = mode === "edit" && values.timeZone !== shownIn;
  const [tools, setTools] = useState<TimeTools | null>(null);
  // The time tools (Temporal, ~21 kB) load when someone starts using the form, not with the page, so
  // the page's first load stays light; submitting loads them if they are not there yet.
  const loadTools = () => {
    if (!tools) void loadTimeTools().then(setTools);
  };
  const create = useMutation(trpc.events.create.mutationOptions());
  const createForOrganisation = useMutation(trpc.events.createForOrganisation.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());

  const set = (name: keyof EventFormValues) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: event.target.value }));
    setSaved(null);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const { createEventInput, updateEventInput, instantToLocal } = tools ?? (await loadTimeTools());
    const input = toInput(values);
    // Every problem at once: the same schema the server parses with (see server/events/schema.ts).
    if (mode === "create") {
      const checked = checkForm(createEventInput, input);
      if (checked.problem) {
        setProblem(checked.problem);
        return;
      }
      await attempt(
        async () => {
          const created = organisationId
            ? await createForOrganisation.mutateAsync({ ...input, organisationId })
            : await create.mutateAsync(input);
          router.push(`/manage/events/${created.id}?created=1`);
        },
        { keepPendingOnSuccess: true },
      );
      return;
    }
    if (!eventId) return;
    const { organiserEmail: _unused, ...rest } = input;
    const details = { ...rest, timeZoneChange: zoneChanging ? keep : null, shownInTimeZone: shownIn };
    const checked = checkForm(updateEventInput, details);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const from = shownIn;
    await attempt(async () => {
      const updated = await update.mutateAsync({ eventId, details });
      // Show what was stored, on the (possibly new) zone's clock: with "keep the moments" the clock
      // readings change.
      setValues((v) => ({
        ...v,
        timeZone: updated.timeZone,
        ...Object.fromEntries(TIMELINE_FIELDS.map((f) => [f, instantToLocal(updated[f], updated.timeZone)])),
      }));
      setShownIn(updated.timeZone);
      setKeep(null);
      setSaved(
        from === updated.timeZone
          ? "Changes saved."
          : `Changes saved. The event is now in ${updated.timeZone}; ${
              details.timeZoneChange === "KEEP_INSTANTS"
                ? "every moment is unchanged and the times below are on its clock."
                : "the clock times are unchanged, so every moment moved."
            }`,
      );
      router.refresh();
    });
  }

  /**
   * "Hacking starts" after the change, for the choice's explanation: null when it cannot be read that
   * way, undefined while the time code is still loading.
   */
  function preview(choice: TimeZoneChange): string | null | undefined {
    if (!tools) return undefined;
    const read = tools.localToInstant(values.startsAt, shownIn);
    if (!read.ok) return null;
    const after = tools.wallClockAfterZoneChange(read.instant, {
      from: shownIn,
      to: values.timeZone,
      keep: choice,
    });
    return after ? tools.formatInZone(after.instant, values.timeZone) : null;
  }

  const errors = problem?.fields ?? {};
  const inputField = (
    name:
      | (typeof timelineFields)[number][0]
      | (typeof sizeFields)[number]["name"]
      | (typeof ageFields)[number]["name"],
    label: string,
    attributes: { type: "datetime-local" | "number"; min?: number; max?: number },
    hint?: string,
  ) => (
    <Field key={name} id={name} label={label} hint={hint} errors={errors[name]}>
      {(a) => (
        <input {...a} {...attributes} className={inputClass} value={values[name]} onChange={set(name)} />
      )}
    </Field>
  );
  return (
    <form onSubmit={onSubmit} onFocus={loadTools} noValidate className="space-y-6">
      <ErrorSummary
        problem={problem}
        labels={labels}
        anchors={{ timeZoneChange: "keep-KEEP_CLOCK_TIMES" }}
        restored={restored}
      />
      <FormStatus message={saved} />
      <fieldset className="space-y-4">
        <legend className={cardTitleClass}>About the event</legend>
        <Field id="name" label="Name" errors={errors.name}>
          {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
        </Field>
        <Field
          id="slug"
          label="Web address"
          hint="Lower-case letters, digits and hyphens, e.g. festival-of-code-2027."
          errors={errors.slug}
        >
          {(a) => <input {...a} className={inputClass} value={values.slug} onChange={set("slug")} />}
        </Field>
        <Field id="description" label="Description" hint={MARKDOWN_HINT} errors={errors.description}>
          {(a) => (
            <textarea
              {...a}
              rows={4}
              className={inputClass}
              value={values.description}
              onChange={set("description")}
            />
          )}
        </Field>
        <Field
          id="contactEmail"
          label="Contact email (optional)"
          hint="Shown on the event's pages, for participants and families with questions. Use a shared address, not a personal one."
          errors={errors.contactEmail}
        >
          {(a) => (
            <input
              {...a}
              type="email"
              className={inputClass}
              value={values.contactEmail ?? ""}
              onChange={set("contactEmail")}
            />
          )}
        </Field>
        <Field
          id="codeOfConduct"
          label="Code of conduct (optional)"
          hint={`Leave it blank to use the platform's code of conduct. Participants accept it when they register; changing it makes a new version. ${MARKDOWN_HINT}`}
          errors={errors.codeOfConduct}
        >
          {(a) => (
            <textarea
              {...a}
              rows={6}
              className={inputClass}
              value={values.codeOfConduct ?? ""}
              onChange={set("codeOfConduct")}
            />
          )}
        </Field>
        {mode === "create" ? (
          <Field
            id="organiserEmail"
            label="Organiser's email"
            hint="They become the event's first organiser and get an email. Someone without an account gets one when they first sign in."
            errors={errors.organiserEmail}
          >
            {(a) => (
              <input
                {...a}
                type="email"
                className={inputClass}
                value={values.organiserEmail}
                onChange={set("organiserEmail")}
              />
            )}
          </Field>
        ) : null}
      </fieldset>
      <fieldset className="space-y-4">
        <legend className={cardTitleClass}>When</legend>
        <Field
          id="timeZone"
          label="Time zone"
          hint="Type a city or region to search, e.g. London or New York. Every time below is in this zone."
          errors={errors.timeZone}
        >
          {(a) => (
            <TimeZoneCombobox
              id={a.id}
              describedBy={a["aria-describedby"]}
              invalid={a["aria-invalid"]}
              value={values.timeZone}
              onChange={(zone) => {
                setValues((v) => ({ ...v, timeZone: zone }));
                setSaved(null);
              }}
              common={timeZones.common}
              others={timeZones.others}
            />
          )}
        </Field>
        {zoneChanging ? (
          <fieldset
            className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
            aria-describedby={errors.timeZoneChange ? "timeZoneChange-error" : undefined}
          >
            <legend className="font-semibold">
              The time zone changes from {shownIn} to {values.timeZone}. What should happen to the times?
            </legend>
            {errors.timeZoneChange ? (
              <p id="timeZoneChange-error" className="text-sm font-medium text-red-700">
                {errors.timeZoneChange.join(". ")}
              </p>
            ) : null}
            {(
              [
                [
                  "KEEP_CLOCK_TIMES",
                  "Keep the clock times",
                  `Each time keeps its reading (09:00 stays 09:00), now in ${values.timeZone}, so every moment moves.`,
                ],
                [
                  "KEEP_INSTANTS",
                  "Keep the moments",
                  `Nothing moves: the same moments, shown on ${values.timeZone}'s clock after saving.`,
                ],
              ] as const
            ).map(([choice, label, explanation]) => {
              const after = preview(choice);
              return (
                <div key={choice} className="flex items-start gap-2">
                  <input
                    id={`keep-${choice}`}
                    type="radio"
                    name="timeZoneChange"
                    className="mt-1.5 size-4"
                    checked={keep === choice}
                    onChange={() => setKeep(choice)}
                  />
                  <label htmlFor={`keep-${choice}`}>
                    <span className="font-medium">{label}.</span> {explanation}
                    {after === undefined ? null : after ? (
                      <span className="block text-sm text-slate-700">Hacking would start {after}.</span>
                    ) : (
                      <span className="block text-sm text-slate-700">
                        Hacking&apos;s start time can&apos;t be read that way: choose another time below.
                      </span>
                    )}
                  </label>
                </div>
              );
            })}
          </fieldset>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          {timelineFields.map(([name, label]) =>
            inputField(
              name,
              label,
              { type: "datetime-local" },
              zoneChanging && keep === null
                ? `In ${shownIn} until you choose above`
                : `In ${zoneToReadTimesIn({ from: shownIn, to: values.timeZone, keep })}`,
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className={cardTitleClass}>Teams and age</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {sizeFields.map(({ name, label, min, max }) =>
            inputField(name, label, { type: "number", min, max }),
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {ageFields.map(({ name, label, min, max, hint }) =>
            inputField(name, label, { type: "number", min, max }, hint),
          )}
        </div>
      </fieldset>
      <PendingButton pending={pending} pendingLabel="Saving…">
        {mode === "create" ? "Create draft event" : "Save changes"}
      </PendingButton>
    </form>
  );
}
