"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { CheckboxGroup } from "~/app/_components/checkbox-group";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import {
  PLACEHOLDER_MEANINGS,
  PLACEHOLDERS,
  RESPONSE_USE_LABELS,
  RESPONSE_USES,
  type ResponseUse,
} from "~/server/templates/rules";
import { templateFields } from "~/server/templates/schema";

interface Values {
  title: string;
  body: string;
  uses: ResponseUse[];
}

const labels = { title: "Title", body: "Response", uses: "Use it for" };
const useOptions = RESPONSE_USES.map((value) => ({ value, label: RESPONSE_USE_LABELS[value] }));
const placeholderHint = `Markdown. Placeholders filled in where you use it: ${PLACEHOLDERS.map(
  (p) => `{${p}} ${PLACEHOLDER_MEANINGS[p]}`,
).join("; ")}.`;

/** Adds a response template, or (with `template`) changes one. */
export function TemplateForm({
  eventId,
  template,
}: {
  eventId: string;
  template: (Values & { id: string }) | null;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.templates.create.mutationOptions());
  const update = useMutation(trpc.templates.update.mutationOptions());
  const empty: Values = { title: "", body: "", uses: [] };
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: templateFields,
    existing: template,
    empty,
    save: (data) =>
      template
        ? update.mutateAsync({ eventId, templateId: template.id, ...data })
        : create.mutateAsync({ eventId, ...data }),
    message: (data) => (template ? "Saved." : `Added “${data.title}”.`),
  });
  const prefix = template ? `template-${template.id}-` : "template-new-";

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}title`}
        label={labels.title}
        hint="A name you will recognise in a list, e.g. “Needs open data”."
        errors={form.problem?.fields.title}
        value={values.title}
        onChange={(title) => set({ title })}
      />
      <Field
        id={`${prefix}body`}
        label={labels.body}
        hint={placeholderHint}
        errors={form.problem?.fields.body}
      >
        {(a) => (
          <textarea
            {...a}
            rows={6}
            className={inputClass}
            value={values.body}
            onChange={(e) => set({ body: e.target.value })}
          />
        )}
      </Field>
      <CheckboxGroup
        id={`${prefix}uses`}
        legend={labels.uses}
        hint="One template can serve several places."
        errors={form.problem?.fields.uses}
        options={useOptions}
        chosen={values.uses}
        onChange={(uses) => set({ uses })}
        columns={false}
      />
      <PendingButton pending={form.pending} pendingLabel="Saving…">
        {template ? "Save changes" : "Add template"}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** Deletes a template, after asking. */
export function DeleteTemplate({
  eventId,
  templateId,
  title,
}: {
  eventId: string;
  templateId: string;
  title: string;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.templates.delete.mutationOptions());
  const action = usePageAction();
  return (
    <ConfirmDialog
      trigger="Delete"
      triggerClassName={dangerOutlineButtonClass}
      triggerDisabled={action.pending}
      title={`Delete “${title}”?`}
      description={<p>Text already sent with it stays as it was.</p>}
      confirmLabel="Yes, delete it"
      pendingLabel="Deleting…"
      onConfirm={() => action.run(() => remove.mutateAsync({ eventId, templateId }), "Deleted.")}
      problem={action.problem}
    />
  );
}

/** Copies every template of another of the organiser's events into this one. */
export function CopyTemplates({
  eventId,
  sources,
}: {
  eventId: string;
  sources: { id: string; name: string; templates: number }[];
}) {
  const trpc = useTRPC();
  const copy = useMutation(trpc.templates.copy.mutationOptions());
  const form = usePageAction();
  const [fromEventId, setFrom] = useState(sources[0]?.id ?? "");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.run(async () => {
      const { copied } = await copy.mutateAsync({ eventId, fromEventId });
      return copied;
    }, "Copied. Titles this event already used end in “(copy)”.");
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <ErrorSummary problem={form.problem} labels={{ fromEventId: "Copy from" }} idPrefix="copy-" />
      <Field id="copy-fromEventId" label="Copy from" errors={form.problem?.fields.fromEventId}>
        {(a) => (
          <select {...a} className={inputClass} value={fromEventId} onChange={(e) => setFrom(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.templates} {s.templates === 1 ? "template" : "templates"})
              </option>
            ))}
          </select>
        )}
      </Field>
      <PendingButton pending={form.pending} pendingLabel="Copying…">
        Copy its templates here
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
