"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/field";
import { problemFromZod, useFormProblem } from "~/app/_components/form-errors";
import { FormAlert } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import { updateRegistrationInput } from "~/server/registrations/schema";
import { AnswerFields, type AnswerValues, type CentreChoice } from "../../register/answer-fields";

/** Changes a participant's centre, experience and skills; back to their registration when saved. */
export function EditRegistrationForm({
  eventId,
  slug,
  centres,
  initial,
}: {
  eventId: string;
  slug: string;
  centres: CentreChoice[];
  initial: AnswerValues;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.registrations.update.mutationOptions());
  const [values, setValues] = useState(initial);
  const { problem, setProblem, attempt } = useFormProblem();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = { ...values, tags: values.tags.split(",") };
    const checked = updateRegistrationInput.safeParse(input);
    if (!checked.success) {
      setProblem(problemFromZod(checked.error));
      return;
    }
    const { experience } = checked.data;
    await attempt(async () => {
      await update.mutateAsync({ eventId, ...input, experience });
      router.push(`/events/${slug}/registration?updated=1`);
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormAlert message={problem?.message} variant="panel" />
      <AnswerFields
        values={values}
        onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
        errors={problem?.fields ?? {}}
        centres={centres}
        currentCentreId={initial.centreId || null}
      />
      <button type="submit" disabled={update.isPending} className={buttonClass}>
        {update.isPending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
