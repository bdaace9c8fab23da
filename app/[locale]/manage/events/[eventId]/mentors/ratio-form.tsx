"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { setRatioInput } from "~/server/mentoring/schema";

/** What RatioForm says (the "MentorRatioForm" messages). */
export interface RatioFormWords {
  heading: string;
  label: string;
  hint: string;
  saving: string;
  save: string;
  saved: string;
}

/** The event's ratio of vetted adults to young people on site; the check-in screen warns below it. */
export function RatioForm({
  eventId,
  value,
  words,
}: {
  eventId: string;
  value: number | null;
  words: RatioFormWords;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.mentoring.setRatio.mutationOptions());
  const form = usePageAction();
  const [ratio, setRatio] = useState(value === null ? "" : String(value));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(setRatioInput, { youngPeoplePerVettedAdult: ratio.trim() });
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    await form.run(() => save.mutateAsync({ eventId, ...checked.data }), words.saved);
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className={`space-y-3 ${cardClass}`}
      aria-labelledby="ratio-heading"
    >
      <h2 id="ratio-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <ErrorSummary
        problem={form.problem}
        labels={{ youngPeoplePerVettedAdult: words.label }}
        idPrefix="ratio-"
      />
      <TextField
        id="ratio-youngPeoplePerVettedAdult"
        label={words.label}
        hint={words.hint}
        errors={form.problem?.fields.youngPeoplePerVettedAdult}
        inputMode="numeric"
        autoComplete="off"
        value={ratio}
        onChange={setRatio}
      />
      <PendingButton pending={form.pending} pendingLabel={words.saving} className={buttonClass}>
        {words.save}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
