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
import {
  EXPERIENCE_LEVELS,
  SKILLS,
  SKILL_LABELS,
  type ExperienceLevel,
  type Skill,
} from "~/server/registrations/labels";

const LEVEL_LABELS: Record<ExperienceLevel, string> = {
  NEW: "Beginners, new to coding",
  SOME: "Teams with some experience",
  CONFIDENT: "Confident coders",
};

const labels = {
  centreId: "Centre",
  levels: "Who you are happy to help",
  skills: "What you can help with",
  days: "Days you can come",
  capacity: "Teams at once",
  note: "Anything else the organisers should know",
  adult: "I am 18 or over",
};

const STATUS_TEXT = {
  OFFERED: "Your offer is with the organisers. You can change it until they decide.",
  ACCEPTED: "You're a mentor. You can change your days, skills and levels here.",
  WITHDRAWN: "You withdrew your offer. Send it again if you can come after all.",
  DECLINED: "",
} as const;

/** The offer: centre, levels, skills, days and how many teams; or the offer made, to change or withdraw. */
export function OfferForm({
  eventId,
  days,
  centres,
  offer,
  mentorAt,
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

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(offerInput, values);
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    await form.run(
      () => send.mutateAsync({ eventId, ...checked.data }),
      live ? "Saved: the organisers see your changes." : "Thank you! Your offer is with the organisers.",
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className={`space-y-5 ${cardClass}`}>
      {offer ? (
        <p role="note" className="rounded border border-brand-200 bg-brand-50 p-3">
          {STATUS_TEXT[offer.status]}
          {offer.status === "ACCEPTED" && mentorAt ? ` You mentor at ${mentorAt}.` : ""}
        </p>
      ) : null}
      <ErrorSummary problem={form.problem} labels={labels} />
      {centres.length > 0 ? (
        <Field
          id="centreId"
          label={labels.centreId}
          hint="Where you'd like to help. Leave it and the organisers will suggest one."
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
              <option value="">Any centre</option>
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
        hint="Beginners need patience more than expertise."
        errors={form.problem?.fields.levels}
        options={EXPERIENCE_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }))}
        chosen={values.levels}
        onChange={(levels) => setValues((v) => ({ ...v, levels }))}
        columns={false}
      />
      <CheckboxGroup
        id="skills"
        legend={labels.skills}
        hint="Teams who ask for these are matched with you first."
        errors={form.problem?.fields.skills}
        options={SKILLS.map((value) => ({ value, label: SKILL_LABELS[value] }))}
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
        hint="How many teams you can look after at the same time (1 to 20)."
        errors={form.problem?.fields.capacity}
        inputMode="numeric"
        value={values.capacity}
        onChange={(capacity) => setValues((v) => ({ ...v, capacity }))}
      />
      <Field
        id="note"
        label={`${labels.note} (optional)`}
        hint="Only the organisers see this."
        errors={form.problem?.fields.note}
      >
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
        <PendingButton pending={form.pending} pendingLabel="Sending…">
          {live ? "Save changes" : "Offer to mentor"}
        </PendingButton>
        {live ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={form.pending}
            onClick={() => void form.run(() => withdraw.mutateAsync({ eventId }), "Your offer is withdrawn.")}
          >
            Withdraw my offer
          </button>
        ) : null}
      </div>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
