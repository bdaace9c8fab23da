"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass, rowButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { TimeZoneCombobox } from "~/app/_components/time-zone-combobox";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { WEEKDAY_NAMES } from "~/server/directory/rules";
import {
  sessionDetails,
  SESSION_MODE_LABELS,
  SESSION_MODES,
  type SessionMode,
} from "~/server/directory/schema";
import { EXPERIENCE_LABELS, EXPERIENCE_LEVELS, type ExperienceLevel } from "~/server/registrations/labels";

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
  bookingUrl: string;
  /** One break a line: "2027-02-15 to 2027-02-19 Half term". */
  breaks: string;
}

const labels: Record<keyof SessionFormValues, string> = {
  title: "Title",
  description: "What happens there",
  weekday: "Day",
  startTime: "Starts at",
  endTime: "Ends at",
  timeZone: "Time zone",
  startsOn: "First date",
  endsOn: "Last date (optional)",
  mode: "In person or online",
  venueName: "Venue",
  addressLine: "Address",
  postcodeDistrict: "Postcode district",
  minAge: "Youngest age",
  maxAge: "Oldest age",
  level: "Level",
  cost: "Price per session, in pounds",
  bookingUrl: "Booking page",
  breaks: "Breaks: no meeting on these dates (optional)",
};

/** Adds a weekly session (a draft), or (with `session`) changes one. */
export function SessionForm({
  organisationId,
  session,
  empty,
  timeZones,
}: {
  organisationId: string;
  session: (SessionFormValues & { id: string }) | null;
  empty: SessionFormValues;
  timeZones: { common: string[]; others: string[] };
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.directory.createSession.mutationOptions());
  const update = useMutation(trpc.directory.updateSession.mutationOptions());
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: sessionDetails,
    existing: session,
    empty,
    save: (details) =>
      session
        ? update.mutateAsync({ organisationId, sessionId: session.id, details })
        : create.mutateAsync({ organisationId, details }),
    message: (data) =>
      session ? "Saved." : `Added “${data.title}” as a draft. Publish it to list it in the directory.`,
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
      {text("title", { hint: "For example: Code Club at Cathays Library" })}
      <Field
        id={`${prefix}description`}
        label={labels.description}
        hint="A few sentences a young person and their family understand: what they will make, what to bring."
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
                  Every {name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("startTime", { hint: "24-hour, like 17:00" })}
        {text("endTime", { hint: "24-hour, like 18:30" })}
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
          />
        )}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("startsOn", { hint: "Like 2027-01-12" })}
        {text("endsOn", { hint: "Leave empty while it runs on" })}
      </div>
      <Field
        id={`${prefix}breaks`}
        label={labels.breaks}
        hint="Half terms and holidays, one a line, like “2027-02-15 to 2027-02-19 Half term” or “2027-04-05 Bank holiday”. The directory and calendars skip them."
        errors={errors.breaks}
      >
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
          {text("venueName", { hint: "For example: Cathays Library" })}
          {text("addressLine")}
          {text("postcodeDistrict", {
            hint: "Only the first part of the postcode, e.g. CF24: people search by it",
          })}
        </div>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        {text("minAge", { inputMode: "numeric" })}
        {text("maxAge", { inputMode: "numeric", hint: "25 means 25 and over" })}
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
      {text("cost", { inputMode: "decimal", hint: "Like 3.50. Leave empty or 0 if it is free." })}
      {text("bookingUrl", {
        type: "url",
        inputMode: "url",
        hint: "Where families book a place: starts with https://",
      })}
      <PendingButton pending={form.pending} pendingLabel="Saving…">
        {session ? "Save changes" : "Add the session"}
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
}: {
  organisationId: string;
  sessionId: string;
  title: string;
  published: boolean;
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
              published ? `“${title}” is no longer in the directory.` : `“${title}” is in the directory now.`,
            )
          }
        >
          {published ? "Take out of the directory" : "Publish"}
        </button>
        <ConfirmDialog
          trigger="Delete"
          triggerClassName={dangerOutlineButtonClass}
          triggerDisabled={action.pending}
          title={`Delete “${title}”?`}
          description={<p>It leaves the directory and people&apos;s calendars at their next update.</p>}
          confirmLabel="Yes, delete it"
          pendingLabel="Deleting…"
          onConfirm={() =>
            action.run(() => remove.mutateAsync({ organisationId, sessionId }), `Deleted “${title}”.`)
          }
          problem={action.problem}
        />
      </div>
      <ActionOutcome done={action.done} problem={action.problem} />
    </div>
  );
}
