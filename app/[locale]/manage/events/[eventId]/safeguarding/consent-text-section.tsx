"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
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
import { updateConsentTextInput } from "~/server/registrations/schema";

type Settings = RouterOutputs["registrations"]["consentText"];

const people = (n: number) => `${n.toLocaleString("en-GB")} ${n === 1 ? "guardian" : "guardians"}`;

/**
 * The words a guardian agrees to: the platform's default until the organisers write their own. Saving
 * different words makes a new version, and every guardian who consented to another asks to confirm it
 * (their consent stays in force, and on record with its words, until they do).
 */
export function ConsentTextSection({ eventId, settings }: { eventId: string; settings: Settings }) {
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
          ? "No change: the wording is the same."
          : `Saved as version ${saved.version}. ${people(saved.asked)} asked to confirm it.`;
    }, "Saved.");
    if (outcome) form.setDone(outcome);
  }

  const { current, older, asked } = settings.consents;
  return (
    <section aria-labelledby="consent-text-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="consent-text-heading" className={sectionTitleClass}>
        What guardians agree to
      </h2>
      <p>
        {settings.own ? "Your own wording" : "The platform's standard wording"}, version{" "}
        <span className="font-mono">{settings.version}</span>.{" "}
        {current + older === 0
          ? "No guardian has consented yet."
          : `${people(current)} consented to it${older > 0 ? `; ${people(older)} to an earlier version (${asked} asked to confirm this one)` : ""}.`}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
        <ErrorSummary problem={form.problem} labels={{ text: "The wording" }} idPrefix="consent-" />
        <Field
          id="consent-text"
          label="The wording"
          hint="Paragraphs separated by a blank line. Saving different words emails every guardian who has consented a link to read and confirm them; until they do, their consent stays in force. Empty it to go back to the standard wording."
          errors={form.problem?.fields.text}
        >
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
        <PendingButton pending={form.pending} pendingLabel="Saving…" className={buttonClass}>
          Save the wording
        </PendingButton>
        <ActionOutcome done={form.done} problem={null} />
      </form>
      {settings.versions.length > 0 ? (
        <p className={mutedClass}>
          Earlier versions are kept with the consents given to them ({settings.versions.length} of this
          event&apos;s own so far).
        </p>
      ) : null}
    </section>
  );
}
