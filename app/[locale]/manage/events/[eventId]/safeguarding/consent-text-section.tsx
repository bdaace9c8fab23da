"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent, type ReactNode } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { fillTemplate } from "~/server/i18n/labels";
import { updateConsentTextInput } from "~/server/registrations/schema";

type Settings = RouterOutputs["registrations"]["consentText"];

/**
 * What ConsentTextSection says (the "SafeguardingConsentText" messages): `wording` and `consents` are the
 * page's sentences about the current wording; `savedVersionOne` and `savedVersionOther` are raw templates
 * ({version}, {asked}) filled in once a save says how many guardians were asked.
 */
export interface ConsentTextWords {
  heading: string;
  wording: ReactNode;
  consents: string;
  label: string;
  hint: string;
  saving: string;
  save: string;
  saved: string;
  noChange: string;
  savedVersionOne: string;
  savedVersionOther: string;
  earlierVersions: string;
}

/**
 * The words a guardian agrees to: the platform's default until the organisers write their own. Saving
 * different words makes a new version, and every guardian who consented to another asks to confirm it
 * (their consent stays in force, and on record with its words, until they do).
 */
export function ConsentTextSection({
  eventId,
  settings,
  words,
}: {
  eventId: string;
  settings: Settings;
  words: ConsentTextWords;
}) {
  const trpc = useTRPC();
  const update = useMutation(trpc.registrations.updateConsentText.mutationOptions());
  const form = usePageAction();
  const [text, setText] = useState(settings.text);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(updateConsentTextInput, { text });
    if (checked.problem) {
      form.setProblem(checked.problem);
      return;
    }
    let outcome = "";
    await form.run(async () => {
      const saved = await update.mutateAsync({ eventId, ...checked.data });
      outcome =
        saved.version === settings.version
          ? words.noChange
          : fillTemplate(saved.asked === 1 ? words.savedVersionOne : words.savedVersionOther, {
              version: saved.version,
              asked: saved.asked.toLocaleString("en-GB"),
            });
    }, words.saved);
    if (outcome) form.setDone(outcome);
  }

  return (
    <section aria-labelledby="consent-text-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="consent-text-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p>
        {words.wording} {words.consents}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
        <ErrorSummary problem={form.problem} labels={{ text: words.label }} idPrefix="consent-" />
        <Field id="consent-text" label={words.label} hint={words.hint} errors={form.problem?.fields.text}>
          {(a) => (
            <textarea
              {...a}
              rows={12}
              className={inputClass}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <PendingButton pending={form.pending} pendingLabel={words.saving} className={buttonClass}>
          {words.save}
        </PendingButton>
        <ActionOutcome done={form.done} problem={null} />
      </form>
      {settings.versions.length > 0 ? <p className={mutedClass}>{words.earlierVersions}</p> : null}
    </section>
  );
}
