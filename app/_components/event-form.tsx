"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { useTRPC } from "~/app/trpc/react";
import { createEventInput, updateEventInput, type CreateEventInput } from "~/server/events/schema";
import { Field, inputClass } from "./field";
import { problemFrom, type FormProblem } from "./form-errors";

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

function toInput(values: EventFormValues) {
  return {
    ...values,
    teamMinSize: values.teamMinSize,
    teamMaxSize: values.teamMaxSize,
    minimumAge: values.minimumAge.trim() === "" ? null : values.minimumAge,
  };
}

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
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [saved, setSaved] = useState(false);
  const create = useMutation(trpc.events.create.mutationOptions());
  const update = useMutation(trpc.events.update.mutationOptions());
  const pending = create.isPending || update.isPending;

  const set = (name: keyof EventFormValues) => (event: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [name]: event.target.value }));
    setSaved(false);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const input = toInput(values);
    const schema = mode === "create" ? createEventInput : updateEventInput;
    const checked = schema.safeParse(input);
    if (!checked.success) {
      setProblem({
        message: "Some answers need fixing. Check the fields marked below.",
        fields: z.flattenError(checked.error).fieldErrors,
      });
      return;
    }
    try {
      if (mode === "create") {
        const created = await create.mutateAsync(input);
        router.push(`/manage/events/${created.id}?created=1`);
      } else if (eventId) {
        const { organiserEmail: _unused, ...details } = input;
        await update.mutateAsync({ eventId, details });
        setProblem(null);
        setSaved(true);
        router.refresh();
      }
    } catch (error) {
      setProblem(problemFrom(error));
    }
  }

  const errors = problem?.fields ?? {};
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {problem ? (
        <div
          role="alert"
          aria-labelledby="form-problem"
          className="rounded border border-red-300 bg-red-50 p-4"
        >
          <p id="form-problem" className="font-semibold text-red-800">
            {problem.message}
          </p>
        </div>
      ) : null}
      {saved ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
          Changes saved.
        </p>
      ) : null}
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
          {timelineFields.map(([name, label]) => (
            <Field key={name} id={name} label={label} hint={`In ${values.timeZone}`} errors={errors[name]}>
              {(a) => (
                <input
                  {...a}
                  type="datetime-local"
                  className={inputClass}
                  value={values[name]}
                  onChange={set(name)}
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">Teams and age</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="teamMinSize" label="Smallest team" errors={errors.teamMinSize}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={20}
                className={inputClass}
                value={values.teamMinSize}
                onChange={set("teamMinSize")}
              />
            )}
          </Field>
          <Field id="teamMaxSize" label="Largest team" errors={errors.teamMaxSize}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={20}
                className={inputClass}
                value={values.teamMaxSize}
                onChange={set("teamMaxSize")}
              />
            )}
          </Field>
          <Field id="minimumAge" label="Minimum age (optional)" errors={errors.minimumAge}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={5}
                max={99}
                className={inputClass}
                value={values.minimumAge}
                onChange={set("minimumAge")}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Saving…" : mode === "create" ? "Create draft event" : "Save changes"}
      </button>
    </form>
  );
}
