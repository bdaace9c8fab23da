"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { recordActionInput } from "~/server/concerns/schema";

/** What ActionForm says (the "ManageConcern" messages). */
export interface ActionFormWords {
  text: string;
  textHint: string;
  afterwards: string;
  staysOpen: string;
  close: string;
  recording: string;
  record: string;
  recorded: string;
}

/** The reader records what was done, and whether the concern stays open. */
export function ActionForm({
  eventId,
  concernId,
  status,
  words,
}: {
  eventId: string;
  concernId: string;
  status: "OPEN" | "CLOSED";
  words: ActionFormWords;
}) {
  const trpc = useTRPC();
  const record = useMutation(trpc.concerns.recordAction.mutationOptions());
  const { problem, setProblem, pending, done, run } = usePageAction();
  const [text, setText] = useState("");
  const [next, setNext] = useState<"OPEN" | "CLOSED">(status);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(recordActionInput, { concernId, text, status: next });
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const ok = await run(() => record.mutateAsync({ eventId, ...checked.data }), words.recorded);
    if (ok) setText("");
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3 border-t border-slate-200 pt-3">
      <ErrorSummary
        problem={problem}
        labels={{ text: words.text, status: words.afterwards }}
        idPrefix="action-"
      />
      <Field id="action-text" label={words.text} hint={words.textHint} errors={problem?.fields.text}>
        {(a) => (
          <textarea
            {...a}
            rows={4}
            className={inputClass}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <fieldset className="space-y-1">
        <legend className="font-medium">{words.afterwards}</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="status" checked={next === "OPEN"} onChange={() => setNext("OPEN")} />
          {words.staysOpen}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="status" checked={next === "CLOSED"} onChange={() => setNext("CLOSED")} />
          {words.close}
        </label>
      </fieldset>
      <PendingButton pending={pending} pendingLabel={words.recording}>
        {words.record}
      </PendingButton>
      <ActionOutcome done={done} problem={null} />
    </form>
  );
}
