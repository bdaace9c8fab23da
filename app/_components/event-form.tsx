"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTRPC } from "~/app/trpc/react";
import { createEventInput, updateEventInput, type CreateEventInput } from "~/server/events/schema";
import { ErrorSummary } from "./error-summary";
import { Field, inputClass } from "./field";
import { checkForm, draftOf, useFormProblem } from "./form-errors";
import { FormStatus } from "./form-status";
import { PendingButton } from "./pending-button";

export type EventFormValues = Omit<CreateEventInput, "teamMinSize" | "teamMaxSize" | "minimumAge"> & {
  teamMinSize: string;
  teamMaxSize: string;
  minimumAge: string;
};

const timelineFields = [
  ["registrationOpensAt", "Registration opens"],
  ["registrationClosesAt", "Registration closes"],
  ["startsAt", "Hacking starts"],
  ["submissionDeadline", "Submission deadline"],
  ["judgingClosesAt", "Judging closes"],
  ["resultsAt", "Results announced"],
] as const;

const sizeFields = [
  { name: "teamMinSize", label: "Smallest team", min: 1, max: 20 },
  { name: "teamMaxSize", label: "Largest team", min: 1, max: 20 },
  { name: "minimumAge", label: "Minimum age (optional)", min: 5, max: 99 },
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
  organiserEmail: "Organiser's email",
  timeZone: "Time zone",
  ...Object.fromEntries(timelineFields),
  ...Object.fromEntries(sizeFields.map((f) => [f.name, f.label])),
};

/** Creates a draft event (an admin) or edits one (its organisers); times are read in the event's zone. */
export function EventForm({
  mode,
  eventId,
  initial,
  timeZones,
}: {
  mode: "create" | "edit";
  eventId?: string;
  initial: EventFormValues;
  timeZones: string[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `event:${eventId ?? "new"}`,
    values,
    restore: (saved) => setValues(draftOf(initial, saved)),
  });
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.events.create.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());

  const set = (name: keyof EventFormValues) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: event.target.value }));
    setSaved(false);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const input = toInput(values);
    const { organiserEmail: _unused, ...details } = input;
    // Every problem at once: the same schema the server parses with (see server/events/schema.ts).
    const checked =
      mode === "create" ? checkForm(createEventInput, input) : checkForm(updateEventInput, details);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    if (mode === "create") {
      await attempt(
        async () => {
          const created = await create.mutateAsync(input);
          router.push(`/manage/events/${created.id}?created=1`);
        },
        { keepPendingOnSuccess: true },
      );
    } else if (eventId) {
      if (await attempt(() => update.mutateAsync({ eventId, details }))) {
        setSaved(true);
        router.refresh();
      }
    }
  }

  const errors = problem?.fields ?? {};
  const inputField = (
    name: (typeof timelineFields)[number][0] | (typeof sizeFields)[number]["name"],
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
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <ErrorSummary problem={problem} labels={labels} restored={restored} />
      <FormStatus message={saved ? "Changes saved." : null} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">About the event</legend>
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
        <Field id="description" label="Description" errors={errors.description}>
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
        <legend className="text-lg font-semibold">When</legend>
        <Field
          id="timeZone"
          label="Time zone"
          hint="Every time below is in this zone."
          errors={errors.timeZone}
        >
          {(a) => (
            <select {...a} className={inputClass} value={values.timeZone} onChange={set("timeZone")}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          {timelineFields.map(([name, label]) =>
            inputField(name, label, { type: "datetime-local" }, `In ${values.timeZone}`),
          )}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Teams and age</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {sizeFields.map(({ name, label, min, max }) =>
            inputField(name, label, { type: "number", min, max }),
          )}
        </div>
      </fieldset>
      <PendingButton pending={pending} pendingLabel="Saving…">
        {mode === "create" ? "Create draft event" : "Save changes"}
      </PendingButton>
    </form>
  );
}
