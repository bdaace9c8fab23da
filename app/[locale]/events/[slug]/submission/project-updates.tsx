"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { Badge } from "~/app/_components/badge";
import { rowButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { PROJECT_UPDATE_KINDS, type ProjectUpdateKind } from "~/server/next/rules";
import { projectUpdateFields } from "~/server/next/schema";

interface Values {
  kind: ProjectUpdateKind;
  text: string;
  url: string;
}

/**
 * What the section says (the "ProjectUpdates" messages and the kinds' names, "ProjectUpdateKind"), read by
 * the page. `intro` is rendered there (it links to the event's "What happened next" page); `removeUpdate`
 * and `why` are raw templates, filled in here with the update's own text.
 */
export interface ProjectUpdatesWords {
  kind: string;
  text: string;
  url: string;
  added: string;
  heading: string;
  intro: ReactNode;
  hidden: string;
  removed: string;
  remove: string;
  removeUpdate: string;
  why: string;
  textHint: string;
  urlHint: string;
  adding: string;
  addUpdate: string;
  kinds: Record<ProjectUpdateKind, string>;
}

const empty: Values = { kind: "STILL_BUILDING", text: "", url: "" };

/**
 * "What happened next", on the team's project page after the deadline: the team's updates (hidden ones
 * with the organisers' reason) and a form to add one. Updates are public, credited to the team.
 */
export function ProjectUpdates({
  eventId,
  teamId,
  words,
}: {
  eventId: string;
  teamId: string;
  words: ProjectUpdatesWords;
}) {
  const labels = { kind: words.kind, text: words.text, url: words.url };
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = { eventId, teamId };
  const updates = useQuery(trpc.next.mine.queryOptions(key));
  const post = useMutation(trpc.next.postUpdate.mutationOptions());
  const remove = useMutation(trpc.next.removeUpdate.mutationOptions());
  const removing = usePageAction();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.next.mine.queryKey(key) });
  const { form, values, set, onSubmit } = useAddOrEditForm({
    fields: projectUpdateFields,
    existing: null,
    empty,
    save: async (data) => {
      await post.mutateAsync({ ...key, ...data, url: data.url ?? "" });
      await refresh();
    },
    message: () => words.added,
  });
  const prefix = "update-";
  return (
    <section id="what-happened-next" aria-labelledby="next-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="next-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p className="text-slate-700">{words.intro}</p>
      {updates.data && updates.data.length > 0 ? (
        <ul className="space-y-2">
          {updates.data.map((u) => (
            <li key={u.id} className="space-y-1 border-l-4 border-brand-200 pl-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={u.hiddenAt ? "warning" : "info"}>{u.hiddenAt ? words.hidden : u.label}</Badge>
                <button
                  type="button"
                  className={rowButtonClass}
                  disabled={removing.pending}
                  onClick={() =>
                    void removing.run(async () => {
                      await remove.mutateAsync({ ...key, updateId: u.id });
                      await refresh();
                    }, words.removed)
                  }
                >
                  {words.remove}
                  <span className="sr-only"> {fillTemplate(words.removeUpdate, { text: u.text })}</span>
                </button>
              </p>
              <p className="break-words">{u.text}</p>
              {u.hiddenReason ? (
                <p className={mutedClass}>{fillTemplate(words.why, { reason: u.hiddenReason })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ActionOutcome done={removing.done} problem={removing.problem} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="space-y-3">
        <ErrorSummary problem={form.problem} labels={labels} idPrefix={prefix} />
        <Field id={`${prefix}kind`} label={labels.kind} errors={form.problem?.fields.kind}>
          {(a) => (
            <select
              {...a}
              className={inputClass}
              value={values.kind}
              onChange={(e) => set({ kind: e.target.value as ProjectUpdateKind })}
            >
              {PROJECT_UPDATE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {words.kinds[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id={`${prefix}text`}
          label={labels.text}
          hint={words.textHint}
          errors={form.problem?.fields.text}
          value={values.text}
          onChange={(text) => set({ text })}
        />
        <TextField
          id={`${prefix}url`}
          label={labels.url}
          hint={words.urlHint}
          type="url"
          inputMode="url"
          errors={form.problem?.fields.url}
          value={values.url}
          onChange={(url) => set({ url })}
        />
        <PendingButton pending={form.pending} pendingLabel={words.adding}>
          {words.addUpdate}
        </PendingButton>
        <ActionOutcome done={form.done} problem={null} />
      </form>
    </section>
  );
}
