"use client";

import { useMutation } from "@tanstack/react-query";
import { useMemo } from "react";
import { z } from "zod";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass, rowButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { TimeZoneCombobox, type TimeZoneComboboxWords } from "~/app/_components/time-zone-combobox";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { WEEKDAY_NAMES } from "~/server/directory/rules";
import {
  sessionDetails,
  SESSION_MODE_LABELS,
  type SessionDetails,
  SESSION_MODES,
  type SessionMode,
} from "~/server/directory/schema";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS, type ExperienceLevel } from "~/server/registrations/labels";
import { fillTemplate } from "~/server/i18n/labels";

/** The form's values: every field as typed. */
export interface SessionFormValues {
  title: string;
  description: string;
  weekday: string;
  startTime: string;
  endTime: string;
  timeZone: string;
  startsOn: string;
  endsOn: string;
  mode: SessionMode;
  venueName: string;
  addressLine: string;
  postcodeDistrict: string;
  minAge: string;
  maxAge: string;
  level: ExperienceLevel;
  cost: string;
  /** Where people book: on the club's own booking page (`bookingUrl`), or here (`placesHere` places). */
  bookings: SessionBookings;
  bookingUrl: string;
  /** How many places people book here (1–500), as typed; sent only when `bookings` is "here". */
  placesHere: string;
  /** One break a line: "2027-02-15 to 2027-02-19 Half term". */
  breaks: string;
}

/** The form's choice of where people book a place. */
export type SessionBookings = "elsewhere" | "here";

/**
 * The details the form sends, checked as the server checks them: its values with only the chosen way of
 * booking (`placesHere` "" when people book on the club's own page, `bookingUrl` "" when they book here).
 * Taking bookings here without a number of places is said on the places field (`placesMissing`), not as
 * the server's "booking page or bookings here" on the booking page's field the form no longer shows.
 */
function sentDetails(placesMissing: string) {
  return z.custom<SessionFormValues>().transform((form, ctx): SessionDetails => {
    const here = form.bookings === "here";
    const checked = sessionDetails.safeParse(
      here ? { ...form, bookingUrl: "" } : { ...form, placesHere: "" },
    );
    const missing = here && form.placesHere.trim() === "";
    if (checked.success && !missing) return checked.data;
    const problems = [
      ...(checked.error?.issues ?? [])
        .filter((issue) => !(here && issue.path[0] === "bookingUrl"))
        .map(({ path, message }) => ({ path, message })),
      ...(missing ? [{ path: ["placesHere"], message: placesMissing }] : []),
    ];
    for (const problem of problems) ctx.addIssue({ code: "custom", ...problem, continue: true });
    return z.NEVER;
  });
}

/**
 * What the session form says (the "SessionForm" messages, sessionFormWords): `added` (`{title}`) and
 * `everyDay` (`{day}`) are raw templates.
 */
export interface SessionFormWords {
  label: Record<keyof SessionFormValues, string>;
  saved: string;
  added: string;
  titleHint: string;
  descriptionHint: string;
  everyDay: string;
  startTimeHint: string;
  endTimeHint: string;
  startsOnHint: string;
  endsOnHint: string;
  breaksHint: string;
  venueNameHint: string;
  postcodeDistrictHint: string;
  maxAgeHint: string;
  costHint: string;
  bookingUrlHint: string;
  bookElsewhere: string;
  bookElsewhereHint: string;
  bookHere: string;
  bookHereHint: string;
  placesHereHint: string;
  placesHereMissing: string;
  saving: string;
  saveChanges: string;
  add: string;
  timeZone: TimeZoneComboboxWords;
}

/**
 * What a session's row of actions says (the "SessionForm" messages, sessionActionsWords): `unpublished`,
 * `published`, `deleteTitle` and `deleted` are raw templates with `{title}`.
 */
export interface SessionActionsWords {
  unpublished: string;
  published: string;
  takeOut: string;
  publish: string;
  delete: string;
  deleteTitle: string;
  deleteBody: string;
  yesDelete: string;
  deleting: string;
  deleted: string;
}

/** Adds a weekly session (a draft), or (with `session`) changes one. */
export function SessionForm({
  organisationId,
  session,
  empty,
  timeZones,
  words,
}: {
  organisationId: string;
  session: (SessionFormValues & { id: string }) | null;
  empty: SessionFormValues;
  timeZones: { common: string[]; others: string[] };
  words: SessionFormWords;
}) {
  const labels = words.label;
  const trpc = useTRPC();
  const create = useMutation(trpc.directory.createSession.mutationOptions());
  const update = useMutation(trpc.directory.updateSession.mutationOptions());
  const fields = useMemo(() => sentDetails(words.placesHereMissing), [words.placesHereMissing]);
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields,
    existing: session,
    empty,
    save: (details) =>
      session
        ? update.mutateAsync({ organisationId, sessionId: session.id, details })
        : create.mutateAsync({ organisationId, details }),
    message: (data) => (session ? words.saved : fillTemplate(words.added, { title: data.title })),
  });
  const prefix = session ? `session-${session.id}-` : "session-new-";
  const errors = form.problem?.fields ?? {};
  const text = (
    name: keyof SessionFormValues,
    options: {
      hint?: string;
      type?: "text" | "url";
      inputMode?: "text" | "numeric" | "decimal" | "url";
    } = {},
  ) => (
    <TextField
      id={`${prefix}${name}`}
      label={labels[name]}
      hint={options.hint}
      type={options.type}
      inputMode={options.inputMode}
      errors={errors[name]}
      value={values[name]}
      onChange={(value) => set({ [name]: value })}
    />
  );
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      {text("title", { hint: words.titleHint })}
      <Field
        id={`${prefix}description`}
        label={labels.description}
        hint={words.descriptionHint}
        errors={errors.description}
      >
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id={`${prefix}weekday`} label={labels.weekday} errors={errors.weekday}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.weekday}
              onChange={(e) => set({ weekday: e.target.value })}
            >
              {WEEKDAY_NAMES.map((name, i) => (
                <option key={name} value={String(i + 1)}>
                  {fillTemplate(words.everyDay, { day: name })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("startTime", { hint: words.startTimeHint })}
        {text("endTime", { hint: words.endTimeHint })}
      </div>
      <Field id={`${prefix}timeZone`} label={labels.timeZone} errors={errors.timeZone}>
        {(a) => (
          <TimeZoneCombobox
            id={a.id}
            describedBy={a["aria-describedby"]}
            invalid={a["aria-invalid"]}
            value={values.timeZone}
            onChange={(timeZone) => set({ timeZone })}
            common={timeZones.common}
            others={timeZones.others}
            words={words.timeZone}
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("startsOn", { hint: words.startsOnHint })}
        {text("endsOn", { hint: words.endsOnHint })}
      </div>
      <Field id={`${prefix}breaks`} label={labels.breaks} hint={words.breaksHint} errors={errors.breaks}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.breaks}
            onChange={(e) => set({ breaks: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${prefix}mode`} label={labels.mode} errors={errors.mode}>
        {(a) => (
          <select
            {...a}
            className={inputClass}
            value={values.mode}
            onChange={(e) => set({ mode: e.target.value as SessionMode })}
          >
            {SESSION_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {SESSION_MODE_LABELS[mode]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.mode === "IN_PERSON" ? (
        <div className="grid gap-4 sm:grid-cols-2">
          {text("venueName", { hint: words.venueNameHint })}
          {text("addressLine")}
          {text("postcodeDistrict", { hint: words.postcodeDistrictHint })}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("minAge", { inputMode: "numeric" })}
        {text("maxAge", { inputMode: "numeric", hint: words.maxAgeHint })}
        <Field id={`${prefix}level`} label={labels.level} errors={errors.level}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.level}
              onChange={(e) => set({ level: e.target.value as ExperienceLevel })}
            >
              {EXPERIENCE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {EXPERIENCE_LABELS[level]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {text("cost", { inputMode: "decimal", hint: words.costHint })}
      <fieldset className="space-y-3">
        <legend className="font-medium">{labels.bookings}</legend>
        {(
          [
            ["elsewhere", words.bookElsewhere, words.bookElsewhereHint],
            ["here", words.bookHere, words.bookHereHint],
          ] as const
        ).map(([choice, label, hint]) => (
          <div key={choice} className="flex items-start gap-2">
            <input
              id={`${prefix}bookings-${choice}`}
              type="radio"
              name={`${prefix}bookings`}
              className="mt-1.5 size-4"
              checked={values.bookings === choice}
              onChange={() => set({ bookings: choice })}
            />
            <label htmlFor={`${prefix}bookings-${choice}`}>
              <span className="font-medium">{label}</span>
              <span className="block text-sm text-slate-700">{hint}</span>
            </label>
          </div>
        ))}
        {values.bookings === "here"
          ? text("placesHere", { inputMode: "numeric", hint: words.placesHereHint })
          : text("bookingUrl", { type: "url", inputMode: "url", hint: words.bookingUrlHint })}
      </fieldset>
      <PendingButton pending={form.pending} pendingLabel={words.saving}>
        {session ? words.saveChanges : words.add}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** Publish or take out of the directory, and delete (after asking): one session's row. */
export function SessionActions({
  organisationId,
  sessionId,
  title,
  published,
  words,
}: {
  organisationId: string;
  sessionId: string;
  title: string;
  published: boolean;
  words: SessionActionsWords;
}) {
  const trpc = useTRPC();
  const publish = useMutation(trpc.directory.publishSession.mutationOptions());
  const remove = useMutation(trpc.directory.deleteSession.mutationOptions());
  const action = usePageAction();
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={rowButtonClass}
          disabled={action.pending}
          onClick={() =>
            void action.run(
              () => publish.mutateAsync({ organisationId, sessionId, published: !published }),
              fillTemplate(published ? words.unpublished : words.published, { title }),
            )
          }
        >
          {published ? words.takeOut : words.publish}
        </button>
        <ConfirmDialog
          trigger={words.delete}
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={action.pending}
          title={fillTemplate(words.deleteTitle, { title })}
          description={<p>{words.deleteBody}</p>}
          confirmLabel={words.yesDelete}
          pendingLabel={words.deleting}
          onConfirm={() =>
            action.run(
              () => remove.mutateAsync({ organisationId, sessionId }),
              fillTemplate(words.deleted, { title }),
            )
          }
          problem={action.problem}
        />
      </div>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
