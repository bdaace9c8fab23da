"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, translateProblem, useFormProblem } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { cardClass } from "~/app/_components/card";
import { useTRPC } from "~/app/trpc/react";
import { reportConcernInput } from "~/server/concerns/schema";

/** What the form says, in the page's language (the "Concern" messages, read by the page). */
export interface ConcernFormWords {
  description: string;
  descriptionHint: string;
  about: string;
  aboutHint: string;
  aboutLead: string;
  aboutLeadHint: string;
  reporterName: string;
  reporterContact: string;
  reporterContactHint: string;
  send: string;
  sending: string;
  thanks: string;
  sentToLead: string;
  sentToOrganisers: string;
  another: string;
}

const empty = { description: "", about: "", reporterName: "", reporterContact: "", aboutLead: false };

/**
 * The report itself: what happened, whom it is about, and (if they want) who the reporter is. `words`
 * and `messages` (its problems, English text → the page's language; empty in English) come from the page,
 * and `refusals` words the server's refusals by their code (none in English: the server's own words).
 */
export function ConcernForm({
  slug,
  words,
  messages,
  refusals,
}: {
  slug: string;
  words: ConcernFormWords;
  messages: Record<string, string>;
  refusals: Partial<Record<string, string>>;
}) {
  const trpc = useTRPC();
  const report = useMutation(trpc.concerns.report.mutationOptions());
  const [values, setValues] = useState(empty);
  const form = useFormProblem();
  const { setProblem, attempt, pending } = form;
  const problem = form.problem && translateProblem(form.problem, messages);
  const labels = {
    description: words.description,
    about: words.about,
    reporterName: words.reporterName,
    reporterContact: words.reporterContact,
  };
  const [sent, setSent] = useState<null | "SAFEGUARDING_LEAD" | "ORGANISER">(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkForm(reportConcernInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await attempt(
      async () => {
        const answer = await report.mutateAsync({ slug, ...checked.data });
        setSent(answer.routedTo);
        setValues(empty);
      },
      { domainMessages: refusals },
    );
  }

  if (sent) {
    return (
      <section aria-labelledby="sent-heading" className={`space-y-3 ${cardClass}`}>
        <h2 id="sent-heading" className="text-xl font-semibold">
          {words.thanks}
        </h2>
        <p role="status">{sent === "SAFEGUARDING_LEAD" ? words.sentToLead : words.sentToOrganisers}</p>
        <p>
          <button
            type="button"
            className="font-medium text-brand-700 underline"
            onClick={() => setSent(null)}
          >
            {words.another}
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
        hint={words.descriptionHint}
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
        hint={words.aboutHint}
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
          {words.aboutLead}
          <span className="block text-sm text-slate-700">{words.aboutLeadHint}</span>
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
        hint={words.reporterContactHint}
        errors={problem?.fields.reporterContact}
        value={values.reporterContact}
        onChange={(reporterContact) => setValues((v) => ({ ...v, reporterContact }))}
      />
      <PendingButton pending={pending} pendingLabel={words.sending}>
        {words.send}
      </PendingButton>
    </form>
  );
}
