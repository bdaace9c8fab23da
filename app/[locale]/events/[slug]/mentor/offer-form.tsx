"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { CheckboxGroup } from "~/app/_components/checkbox-group";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { dayLabel } from "~/server/mentoring/rules";
import { offerInput } from "~/server/mentoring/schema";
import { EXPERIENCE_LEVELS, SKILLS, type ExperienceLevel, type Skill } from "~/server/registrations/labels";

/** What the form says (the "MentorOffer" messages, and skills' names from "RegistrationPage"), read by the page. */
export interface OfferFormWords {
  centreId: string;
  levels: string;
  skills: string;
  days: string;
  capacity: string;
  note: string;
  noteOptional: string;
  adult: string;
  offered: string;
  accepted: string;
  withdrawnStatus: string;
  savedChanges: string;
  thanks: string;
  centreHint: string;
  anyCentre: string;
  levelsHint: string;
  skillsHint: string;
  capacityHint: string;
  noteHint: string;
  sending: string;
  saveChanges: string;
  offer: string;
  withdrawn: string;
  withdraw: string;
  levelNames: Record<ExperienceLevel, string>;
  skillNames: Record<Skill, string>;
}

/**
 * The offer: centre, levels, skills, days and how many teams; or the offer made, to change or withdraw.
 * `mentorAt` is the sentence naming the centre of an accepted mentor, worded by the page.
 */
export function OfferForm({
  eventId,
  days,
  centres,
  offer,
  mentorAt,
  words,
}: {
  eventId: string;
  slug: string;
  days: string[];
  centres: { id: string; name: string }[];
  offer: {
    centreId: string | null;
    skills: string[];
    levels: ExperienceLevel[];
    days: string[];
    capacity: number;
    note: string;
    status: "OFFERED" | "ACCEPTED" | "DECLINED" | "WITHDRAWN";
  } | null;
  mentorAt: string | null;
  words: OfferFormWords;
}) {
  const trpc = useTRPC();
  const send = useMutation(trpc.mentoring.offer.mutationOptions());
  const withdraw = useMutation(trpc.mentoring.withdrawOffer.mutationOptions());
  const form = usePageAction();
  const [values, setValues] = useState({
    centreId: offer?.centreId ?? "",
    skills: (offer?.skills ?? []) as Skill[],
    levels: offer?.levels ?? (["NEW"] as ExperienceLevel[]),
    days: offer?.days ?? days,
    capacity: String(offer?.capacity ?? 2),
    note: offer?.note ?? "",
    adult: offer !== null,
  });
  const live = offer !== null && offer.status !== "WITHDRAWN";
  const labels = {
    centreId: words.centreId,
    levels: words.levels,
    skills: words.skills,
    days: words.days,
    capacity: words.capacity,
    note: words.note,
    adult: words.adult,
  };
  const statusText = {
    OFFERED: words.offered,
    ACCEPTED: words.accepted,
    WITHDRAWN: words.withdrawnStatus,
    DECLINED: "",
  } as const;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(offerInput, values);
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    await form.run(
      () => send.mutateAsync({ eventId, ...checked.data }),
      live ? words.savedChanges : words.thanks,
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className={`space-y-5 ${cardClass}`}>
      {offer ? (
        <p role="note" className="rounded border border-brand-200 bg-brand-50 p-3">
          {statusText[offer.status]}
          {offer.status === "ACCEPTED" && mentorAt ? ` ${mentorAt}` : ""}
        </p>
      ) : null}
      <ErrorSummary problem={form.problem} labels={labels} />
      {centres.length > 0 ? (
        <Field
          id="centreId"
          label={labels.centreId}
          hint={words.centreHint}
          errors={form.problem?.fields.centreId}
        >
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.centreId}
              disabled={offer?.status === "ACCEPTED"}
              onChange={(e) => setValues((v) => ({ ...v, centreId: e.target.value }))}
            >
              <option value="">{words.anyCentre}</option>
              {centres.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <CheckboxGroup
        id="levels"
        legend={labels.levels}
        hint={words.levelsHint}
        errors={form.problem?.fields.levels}
        options={EXPERIENCE_LEVELS.map((value) => ({ value, label: words.levelNames[value] }))}
        chosen={values.levels}
        onChange={(levels) => setValues((v) => ({ ...v, levels }))}
        columns={false}
      />
      <CheckboxGroup
        id="skills"
        legend={labels.skills}
        hint={words.skillsHint}
        errors={form.problem?.fields.skills}
        options={SKILLS.map((value) => ({ value, label: words.skillNames[value] }))}
        chosen={values.skills}
        onChange={(skills) => setValues((v) => ({ ...v, skills }))}
      />
      <CheckboxGroup
        id="days"
        legend={labels.days}
        errors={form.problem?.fields.days}
        options={days.map((value) => ({ value, label: dayLabel(value) }))}
        chosen={values.days}
        onChange={(chosen) => setValues((v) => ({ ...v, days: chosen }))}
        columns={false}
      />
      <TextField
        id="capacity"
        label={labels.capacity}
        hint={words.capacityHint}
        errors={form.problem?.fields.capacity}
        inputMode="numeric"
        value={values.capacity}
        onChange={(capacity) => setValues((v) => ({ ...v, capacity }))}
      />
      <Field id="note" label={words.noteOptional} hint={words.noteHint} errors={form.problem?.fields.note}>
        {(a) => (
          <textarea
            {...a}
            rows={3}
            className={inputClass}
            value={values.note}
            onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
          />
        )}
      </Field>
      <label className="flex items-start gap-3">
        <input
          id="adult"
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={values.adult}
          aria-invalid={form.problem?.fields.adult ? true : undefined}
          aria-describedby={form.problem?.fields.adult ? "adult-error" : undefined}
          onChange={(e) => setValues((v) => ({ ...v, adult: e.target.checked }))}
        />
        <span>
          {labels.adult}
          {form.problem?.fields.adult ? (
            <span id="adult-error" className="block text-sm font-medium text-red-700">
              {form.problem.fields.adult.join(". ")}
            </span>
          ) : null}
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <PendingButton pending={form.pending} pendingLabel={words.sending}>
          {live ? words.saveChanges : words.offer}
        </PendingButton>
        {live ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={form.pending}
            onClick={() => void form.run(() => withdraw.mutateAsync({ eventId }), words.withdrawn)}
          >
            {words.withdraw}
          </button>
        ) : null}
      </div>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
