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
import { fillTemplate } from "~/server/i18n/labels";
import { RESPONSE_USE_LABELS, RESPONSE_USES, type ResponseUse } from "~/server/templates/rules";
import { templateFields } from "~/server/templates/schema";
import type { AddOrEditWords } from "~/app/_components/add-or-edit-words";

interface Values {
  title: string;
  body: string;
  uses: ResponseUse[];
}

const useOptions = RESPONSE_USES.map((value) => ({ value, label: RESPONSE_USE_LABELS[value] }));

/**
 * What the template forms say (the "TemplateForm" messages, read by the page). `bodyHint` is already
 * filled in with the placeholders; `added`, `deleteTitle`, `sourceOne` and `sourceMany` are raw templates
 * filled in here.
 */
export interface TemplateFormWords extends AddOrEditWords {
  title: string;
  body: string;
  uses: string;
  titleHint: string;
  bodyHint: string;
  usesHint: string;
  copyFrom: string;
  sourceOne: string;
  sourceMany: string;
  copying: string;
  copy: string;
  copied: string;
}

/** Adds a response template, or (with `template`) changes one. */
export function TemplateForm({
  eventId,
  template,
  words,
}: {
  eventId: string;
  template: (Values & { id: string }) | null;
  words: TemplateFormWords;
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
    message: (data) => (template ? words.saved : fillTemplate(words.added, { title: data.title })),
  });
  const labels = { title: words.title, body: words.body, uses: words.uses };
  const prefix = template ? `template-${template.id}-` : "template-new-";

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-4">
      <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
      <TextField
        id={`${prefix}title`}
        label={labels.title}
        hint={words.titleHint}
        errors={form.problem?.fields.title}
        value={values.title}
        onChange={(title) => set({ title })}
      />
      <Field
        id={`${prefix}body`}
        label={labels.body}
        hint={words.bodyHint}
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
        hint={words.usesHint}
        errors={form.problem?.fields.uses}
        options={useOptions}
        chosen={values.uses}
        onChange={(uses) => set({ uses })}
        columns={false}
      />
      <PendingButton pending={form.pending} pendingLabel={words.saving}>
        {template ? words.saveChanges : words.add}
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
  words,
}: {
  eventId: string;
  templateId: string;
  title: string;
  words: TemplateFormWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.templates.delete.mutationOptions());
  const action = usePageAction();
  return (
    <ConfirmDialog
      trigger={words.delete}
      triggerClassName={dangerOutlineButtonClass}
      triggerDisabled={action.pending}
      title={fillTemplate(words.deleteTitle, { title })}
      description={<p>{words.deleteBody}</p>}
      confirmLabel={words.deleteConfirm}
      pendingLabel={words.deleting}
      onConfirm={() => action.run(() => remove.mutateAsync({ eventId, templateId }), words.deleted)}
      problem={action.problem}
    />
  );
}

/** Copies every template of another of the organiser's events into this one. */
export function CopyTemplates({
  eventId,
  sources,
  words,
}: {
  eventId: string;
  sources: { id: string; name: string; templates: number }[];
  words: TemplateFormWords;
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
    }, words.copied);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
      <ErrorSummary problem={form.problem} labels={{ fromEventId: words.copyFrom }} idPrefix="copy-" />
      <Field id="copy-fromEventId" label={words.copyFrom} errors={form.problem?.fields.fromEventId}>
        {(a) => (
          <select {...a} className={inputClass} value={fromEventId} onChange={(e) => setFrom(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {fillTemplate(s.templates === 1 ? words.sourceOne : words.sourceMany, {
                  name: s.name,
                  count: s.templates,
                })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <PendingButton pending={form.pending} pendingLabel={words.copying}>
        {words.copy}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}
