"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { PendingButton } from "~/app/_components/pending-button";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { SENSITIVE_FIELD_TEXT, SENSITIVE_FIELDS, type SensitiveField } from "~/server/sensitive/fields";

/** What SensitiveSettingsForm says (the "SafeguardingAsks" messages). */
export interface SensitiveSettingsWords {
  heading: string;
  legend: string;
  saving: string;
  save: string;
  saved: string;
}

/** Organisers choose which sensitive information the event asks participants (or guardians) for. */
export function SensitiveSettingsForm({
  eventId,
  fields,
  words,
}: {
  eventId: string;
  fields: SensitiveField[];
  words: SensitiveSettingsWords;
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.sensitive.updateSettings.mutationOptions());
  const { problem, pending, done, run } = usePageAction();
  const [chosen, setChosen] = useState<SensitiveField[]>(fields);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(() => save.mutateAsync({ eventId, fields: chosen }), words.saved);
  }

  return (
    <section aria-labelledby="ask-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="ask-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} className="space-y-3">
        <fieldset className="space-y-2">
          <legend className="mb-1">{words.legend}</legend>
          {SENSITIVE_FIELDS.map((field) => (
            <label key={field} className="flex items-start gap-3">
              <input
                type="checkbox"
                className="mt-1 h-5 w-5"
                checked={chosen.includes(field)}
                onChange={(e) =>
                  setChosen((list) => (e.target.checked ? [...list, field] : list.filter((f) => f !== field)))
                }
              />
              <span>
                <span className="font-medium">{SENSITIVE_FIELD_TEXT[field].label}</span>
                <span className="block text-sm text-slate-700">{SENSITIVE_FIELD_TEXT[field].hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
          {words.save}
        </PendingButton>
        <ActionOutcome done={done} problem={problem} />
      </form>
    </section>
  );
}
