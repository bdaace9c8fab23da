"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { Badge } from "~/app/_components/badge";
import { rowButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { PendingButton } from "~/app/_components/pending-button";
import { TextField } from "~/app/_components/text-field";
import { linkClass, mutedClass, sectionTitleClass } from "~/app/_components/text-styles";
import { useAddOrEditForm } from "~/app/_components/use-add-or-edit-form";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { PROJECT_UPDATE_KINDS, PROJECT_UPDATE_LABELS, type ProjectUpdateKind } from "~/server/next/rules";
import { projectUpdateFields } from "~/server/next/schema";

interface Values {
  kind: ProjectUpdateKind;
  text: string;
  url: string;
}

const labels = { kind: "What happened", text: "Tell us in a line or two", url: "Link (optional)" };
const empty: Values = { kind: "STILL_BUILDING", text: "", url: "" };

/**
 * "What happened next", on the team's project page after the deadline: the team's updates (hidden ones
 * with the organisers' reason) and a form to add one. Updates are public, credited to the team.
 */
export function ProjectUpdates({ eventId, teamId, slug }: { eventId: string; teamId: string; slug: string }) {
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
    message: () => "Added. It's on the event's What happened next page.",
  });
  const prefix = "update-";
  return (
    <section id="what-happened-next" aria-labelledby="next-heading" className={`space-y-4 ${cardClass}`}>
      <h2 id="next-heading" className={sectionTitleClass}>
        What happened next
      </h2>
      <p className="text-slate-700">
        Still building it, launched it, someone uses it, it got funding? Tell the next teams. Updates are
        public on{" "}
        <a href={`/events/${slug}/next`} className={linkClass}>
          What happened next
        </a>
        , from your team, never with your name.
      </p>
      {updates.data && updates.data.length > 0 ? (
        <ul className="space-y-2">
          {updates.data.map((u) => (
            <li key={u.id} className="space-y-1 border-l-4 border-brand-200 pl-3">
              <p className="flex flex-wrap items-center gap-2">
                <Badge tone={u.hiddenAt ? "warning" : "info"}>
                  {u.hiddenAt ? "Hidden by the organisers" : u.label}
                </Badge>
                <button
                  type="button"
                  className={rowButtonClass}
                  disabled={removing.pending}
                  onClick={() =>
                    void removing.run(async () => {
                      await remove.mutateAsync({ ...key, updateId: u.id });
                      await refresh();
                    }, "Removed.")
                  }
                >
                  Remove<span className="sr-only"> the update “{u.text}”</span>
                </button>
              </p>
              <p className="break-words">{u.text}</p>
              {u.hiddenReason ? <p className={mutedClass}>Why: {u.hiddenReason}</p> : null}
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
                  {PROJECT_UPDATE_LABELS[kind]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id={`${prefix}text`}
          label={labels.text}
          hint="At most 280 characters. About the project: no names, phone numbers or addresses."
          errors={form.problem?.fields.text}
          value={values.text}
          onChange={(text) => set({ text })}
        />
        <TextField
          id={`${prefix}url`}
          label={labels.url}
          hint="Where people can see it: the app, a store page, a news story."
          type="url"
          inputMode="url"
          errors={form.problem?.fields.url}
          value={values.url}
          onChange={(url) => set({ url })}
        />
        <PendingButton pending={form.pending} pendingLabel="Adding…">
          Add update
        </PendingButton>
        <ActionOutcome done={form.done} problem={null} />
      </form>
    </section>
  );
}
