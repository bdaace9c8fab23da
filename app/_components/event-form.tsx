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
import { TimeZoneCombobox, type TimeZoneComboboxWords } from "./time-zone-combobox";
import { fillTemplate } from "~/server/i18n/labels";
import { cardTitleClass } from "./text-styles";

import type { EventFormValues } from "./event-form-values";

const timelineFields = TIMELINE_FIELDS.map((name) => [name, TIMELINE_FIELD_LABELS[name]] as const);

const loadTimeTools = () => import("./event-form-time");
type TimeTools = Awaited<ReturnType<typeof loadTimeTools>>;

const sizeFields = [
  { name: "teamMinSize", min: 1, max: 20 },
  { name: "teamMaxSize", min: 1, max: 20 },
  { name: "minimumAge", min: 5, max: 99 },
] as const;

// Who needs a guardian: fixed once people register (server/events/commands.ts).
const ageFields = [
  { name: "consentAge", hint: "consentAgeHint", min: 16, max: 21 },
  { name: "digitalConsentAge", hint: "digitalConsentAgeHint", min: 0, max: 21 },
] as const;

/**
 * What the form says (the "EventForm" messages), read by the page. `zoneChange`, the `…Explained`,
 * `wouldStart`, `inZone…` and `savedKeep…` messages are raw templates, filled in here.
 * (eventFormWords reads them.)
 */
export interface EventFormWords {
  name: string;
  slug: string;
  description: string;
  contactEmail: string;
  codeOfConduct: string;
  organiserEmail: string;
  timeZone: string;
  timeZoneChange: string;
  teamMinSize: string;
  teamMaxSize: string;
  minimumAge: string;
  consentAge: string;
  consentAgeHint: string;
  digitalConsentAge: string;
  digitalConsentAgeHint: string;
  about: string;
  slugHint: string;
  contactEmailOptional: string;
  contactEmailHint: string;
  codeOfConductOptional: string;
  codeOfConductHint: string;
  organiserEmailHint: string;
  when: string;
  timeZoneHint: string;
  zoneChange: string;
  keepClockTimes: string;
  keepClockTimesExplained: string;
  keepInstants: string;
  keepInstantsExplained: string;
  wouldStart: string;
  cannotRead: string;
  inZoneUntilChosen: string;
  inZone: string;
  teamsAndAge: string;
  saving: string;
  create: string;
  save: string;
  saved: string;
  savedKeepInstants: string;
  savedKeepClockTimes: string;
  /** The time-zone picker's words. */
  timeZoneWords: TimeZoneComboboxWords;
}

function toInput(values: EventFormValues) {
  return {
    ...values,
    teamMinSize: values.teamMinSize,
    teamMaxSize: values.teamMaxSize,
    minimumAge: values.minimumAge.trim() === "" ? null : values.minimumAge,
  };
}

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
  words,
}: {
  mode: "create" | "edit";
  eventId?: string;
  organisationId?: string;
  initial: EventFormValues;
  timeZones: { common: string[]; others: string[] };
  words: EventFormWords;
}) {
  const labels = {
    name: words.name,
    slug: words.slug,
    description: words.description,
    contactEmail: words.contactEmail,
    codeOfConduct: words.codeOfConduct,
    organiserEmail: words.organiserEmail,
    timeZone: words.timeZone,
    timeZoneChange: words.timeZoneChange,
    ...Object.fromEntries(timelineFields),
    ...Object.fromEntries(sizeFields.map((f) => [f.name, words[f.name]])),
    ...Object.fromEntries(ageFields.map((f) => [f.name, words[f.name]])),
  };
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
          ? words.saved
          : fillTemplate(
              details.timeZoneChange === "KEEP_INSTANTS"
                ? words.savedKeepInstants
                : words.savedKeepClockTimes,
              { zone: updated.timeZone },
            ),
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
        <legend className={cardTitleClass}>{words.about}</legend>
        <Field id="name" label={words.name} errors={errors.name}>
          {(a) => <input {...a} className={inputClass} value={values.name} onChange={set("name")} />}
        </Field>
        <Field id="slug" label={words.slug} hint={words.slugHint} errors={errors.slug}>
          {(a) => <input {...a} className={inputClass} value={values.slug} onChange={set("slug")} />}
        </Field>
        <Field id="description" label={words.description} hint={MARKDOWN_HINT} errors={errors.description}>
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
          label={words.contactEmailOptional}
          hint={words.contactEmailHint}
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
          label={words.codeOfConductOptional}
          hint={`${words.codeOfConductHint} ${MARKDOWN_HINT}`}
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
            label={words.organiserEmail}
            hint={words.organiserEmailHint}
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
        <legend className={cardTitleClass}>{words.when}</legend>
        <Field id="timeZone" label={words.timeZone} hint={words.timeZoneHint} errors={errors.timeZone}>
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
              words={words.timeZoneWords}
            />
          )}
        </Field>
        {zoneChanging ? (
          <fieldset
            className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4"
            aria-describedby={errors.timeZoneChange ? "timeZoneChange-error" : undefined}
          >
            <legend className="font-semibold">
              {fillTemplate(words.zoneChange, { from: shownIn, to: values.timeZone })}
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
                  words.keepClockTimes,
                  fillTemplate(words.keepClockTimesExplained, { zone: values.timeZone }),
                ],
                [
                  "KEEP_INSTANTS",
                  words.keepInstants,
                  fillTemplate(words.keepInstantsExplained, { zone: values.timeZone }),
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
                      <span className="block text-sm text-slate-700">
                        {fillTemplate(words.wouldStart, { time: after })}
                      </span>
                    ) : (
                      <span className="block text-sm text-slate-700">{words.cannotRead}</span>
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
                ? fillTemplate(words.inZoneUntilChosen, { zone: shownIn })
                : fillTemplate(words.inZone, {
                    zone: zoneToReadTimesIn({ from: shownIn, to: values.timeZone, keep }),
                  }),
            ),
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className={cardTitleClass}>{words.teamsAndAge}</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {sizeFields.map(({ name, min, max }) =>
            inputField(name, words[name], { type: "number", min, max }),
          )}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {ageFields.map(({ name, hint, min, max }) =>
            inputField(name, words[name], { type: "number", min, max }, words[hint]),
          )}
        </div>
      </fieldset>
      <PendingButton pending={pending} pendingLabel={words.saving}>
        {mode === "create" ? words.create : words.save}
      </PendingButton>
    </form>
  );
}
