"use client";

import { useMutation } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { dangerOutlineButtonClass } from "~/app/_components/button-styles";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { EXPERIENCE_LEVELS, type ExperienceLevel } from "~/server/registrations/labels";
import { MAX_STARTER_LINKS, starterFields } from "~/server/starters/schema";
import type { AddOrEditWords } from "~/app/_components/add-or-edit-words";

interface Values {
  title: string;
  summary: string;
  level: ExperienceLevel;
  links: string[];
  challengeId: string;
}

/**
 * What the starter project forms say (the "StarterForm" messages, and the levels' names from
 * "ExperienceLevel", read by the page). `added`, `link` and `deleteTitle` are raw templates filled in here.
 */
export interface StarterFormWords extends AddOrEditWords {
  title: string;
  summary: string;
  level: string;
  links: string;
  challengeId: string;
  challengeOptional: string;
  titleHint: string;
  summaryHint: string;
  notForOneChallenge: string;
  linksOptional: string;
  linksHint: string;
  link: string;
  levelNames: Record<ExperienceLevel, string>;
}

const padded = (links: string[]) => [...links, "", "", ""].slice(0, MAX_STARTER_LINKS);

/** Adds a starter project, or (with `starter`) changes one. */
export function StarterForm({
  eventId,
  organiser,
  challenges,
  starter,
  words,
}: {
  eventId: string;
  organiser: boolean;
  challenges: { id: string; title: string }[];
  starter: (Values & { id: string }) | null;
  words: StarterFormWords;
}) {
  const trpc = useTRPC();
  const create = useMutation(trpc.starters.create.mutationOptions());
  const update = useMutation(trpc.starters.update.mutationOptions());
  const empty: Values = {
    title: "",
    summary: "",
    level: "NEW",
    links: [],
    challengeId: organiser ? "" : (challenges[0]?.id ?? ""),
  };
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: starterFields,
    existing: starter,
    empty,
    save: (data) =>
      starter
        ? update.mutateAsync({ eventId, starterId: starter.id, ...data })
        : create.mutateAsync({ eventId, ...data }),
    message: (data) => (starter ? words.saved : fillTemplate(words.added, { title: data.title })),
  });
  const labels = {
    title: words.title,
    summary: words.summary,
    level: words.level,
    links: words.links,
    challengeId: words.challengeId,
  };
  const links = padded(values.links);
  const prefix = starter ? `starter-${starter.id}-` : "starter-new-";

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
        id={`${prefix}summary`}
        label={labels.summary}
        hint={words.summaryHint}
        errors={form.problem?.fields.summary}
      >
        {(a) => (
          <textarea
            {...a}
            rows={4}
            className={inputClass}
            value={values.summary}
            onChange={(e) => set({ summary: e.target.value })}
          />
        )}
      </Field>
      <Field id={`${prefix}level`} label={labels.level} errors={form.problem?.fields.level}>
        {(a) => (
          <select
            {...a}
            className={inputClass}
            value={values.level}
            onChange={(e) => set({ level: e.target.value as ExperienceLevel })}
          >
            {EXPERIENCE_LEVELS.map((l) => (
              <option key={l} value={l}>
                {words.levelNames[l]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {challenges.length > 0 ? (
        <Field
          id={`${prefix}challengeId`}
          label={organiser ? words.challengeOptional : labels.challengeId}
          errors={form.problem?.fields.challengeId}
        >
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.challengeId}
              onChange={(e) => set({ challengeId: e.target.value })}
            >
              {organiser ? <option value="">{words.notForOneChallenge}</option> : null}
              {challenges.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <fieldset className="space-y-2" aria-describedby={`${prefix}links-hint`}>
        <legend className="font-medium">{words.linksOptional}</legend>
        <p id={`${prefix}links-hint`} className="text-sm text-slate-600">
          {words.linksHint}
        </p>
        {form.problem?.fields.links ? (
          <p className="text-sm font-medium text-red-700">{form.problem.fields.links.join(". ")}</p>
        ) : null}
        {links.map((link, i) => (
          <input
            key={i}
            aria-label={fillTemplate(words.link, { number: i + 1 })}
            type="url"
            inputMode="url"
            className={inputClass}
            value={link}
            aria-invalid={form.problem?.fields.links ? true : undefined}
            onChange={(e) => set({ links: links.map((l, j) => (j === i ? e.target.value : l)) })}
          />
        ))}
      </fieldset>
      <PendingButton pending={form.pending} pendingLabel={words.saving}>
        {starter ? words.saveChanges : words.add}
      </PendingButton>
      <ActionOutcome done={form.done} problem={null} />
    </form>
  );
}

/** Deletes a starter project, after asking. */
export function DeleteStarter({
  eventId,
  starterId,
  title,
  words,
}: {
  eventId: string;
  starterId: string;
  title: string;
  words: StarterFormWords;
}) {
  const trpc = useTRPC();
  const remove = useMutation(trpc.starters.delete.mutationOptions());
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
      onConfirm={() => action.run(() => remove.mutateAsync({ eventId, starterId }), words.deleted)}
      problem={action.problem}
    />
  );
}
