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

/** The event's ratio of vetted adults to young people on site; the check-in screen warns below it. */
export function RatioForm({ eventId, value }: { eventId: string; value: number | null }) {
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
    await form.run(() => save.mutateAsync({ eventId, ...checked.data }), "Saved.");
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      className={`space-y-3 ${cardClass}`}
      aria-labelledby="ratio-heading"
    >
      <h2 id="ratio-heading" className={sectionTitleClass}>
        Ratio of vetted adults
      </h2>
      <ErrorSummary
        problem={form.problem}
        labels={{ youngPeoplePerVettedAdult: "Young people per vetted adult" }}
        idPrefix="ratio-"
      />
      <TextField
        id="ratio-youngPeoplePerVettedAdult"
        label="Young people per vetted adult"
        hint="One vetted adult for every this many under-18s at a centre (say 8 for 1:8). The check-in screen warns the moment a centre falls below it. Leave it empty for no ratio."
        errors={form.problem?.fields.youngPeoplePerVettedAdult}
        inputMode="numeric"
        autoComplete="off"
        value={ratio}
        onChange={setRatio}
      />
      <PendingButton pending={form.pending} pendingLabel="Saving…" className={buttonClass}>
        Save the ratio
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
