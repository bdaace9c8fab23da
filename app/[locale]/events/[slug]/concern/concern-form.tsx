"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { cardClass } from "~/app/_components/card";
import { useTRPC } from "~/app/trpc/react";
import { reportConcernInput } from "~/server/concerns/schema";

const labels = {
  description: "What happened, or what worries you?",
  about: "Who is it about? (optional)",
  reporterName: "Your name (optional)",
  reporterContact: "How can we reach you? (optional)",
};

const empty = { description: "", about: "", reporterName: "", reporterContact: "", aboutLead: false };

/** The report itself: what happened, whom it is about, and (if they want) who the reporter is. */
export function ConcernForm({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const report = useMutation(trpc.concerns.report.mutationOptions());
  const [values, setValues] = useState(empty);
  const { problem, setProblem, attempt, pending } = useFormProblem();
  const [sent, setSent] = useState<null | "SAFEGUARDING_LEAD" | "ORGANISER">(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(reportConcernInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await attempt(async () => {
      const answer = await report.mutateAsync({ slug, ...checked.data });
      setSent(answer.routedTo);
      setValues(empty);
    });
  }

  if (sent) {
    return (
      <section aria-labelledby="sent-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="sent-heading" className="text-xl font-semibold">
          Thank you. We&apos;ve got it.
        </h2>
        <p role="status">
          Your concern went to{" "}
          {sent === "SAFEGUARDING_LEAD" ? "the event's safeguarding lead" : "the event's organisers"} and
          nobody else. They&apos;ll look into it; if you gave a way to reach you, they may get in touch.
        </p>
        <p>
          <button
            type="button"
            className="font-medium text-brand-700 underline"
            onClick={() => setSent(null)}
          >
            Report something else
          </button>
        </p>
      </section>
    );
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className={`space-y-4 ${cardClass}`}>
      <ErrorSummary problem={problem} labels={labels} />
      <Field
        id="description"
        label={labels.description}
        hint="Say what you saw or heard, when and where. Write it in your own words."
        errors={problem?.fields.description}
      >
        {(a) => (
          <textarea
            {...a}
            rows={6}
            className={inputClass}
            value={values.description}
            onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
          />
        )}
      </Field>
      <TextField
        id="about"
        label={labels.about}
        hint="A name, a nickname, or what they look like, if you know."
        errors={problem?.fields.about}
        value={values.about}
        onChange={(about) => setValues((v) => ({ ...v, about }))}
      />
      <label className="flex items-start gap-3">
        <input
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={values.aboutLead}
          onChange={(e) => setValues((v) => ({ ...v, aboutLead: e.target.checked }))}
        />
        <span>
          It&apos;s about someone who handles safeguarding at this event
          <span className="block text-sm text-slate-700">
            Then it goes to the event&apos;s organisers instead.
          </span>
        </span>
      </label>
      <TextField
        id="reporterName"
        label={labels.reporterName}
        errors={problem?.fields.reporterName}
        autoComplete="name"
        value={values.reporterName}
        onChange={(reporterName) => setValues((v) => ({ ...v, reporterName }))}
      />
      <TextField
        id="reporterContact"
        label={labels.reporterContact}
        hint="An email address or phone number, if you'd like them to talk to you. A young person can give a parent's."
        errors={problem?.fields.reporterContact}
        value={values.reporterContact}
        onChange={(reporterContact) => setValues((v) => ({ ...v, reporterContact }))}
      />
      <PendingButton pending={pending} pendingLabel="Sending…">
        Send it privately
      </PendingButton>
    </form>
  );
}
