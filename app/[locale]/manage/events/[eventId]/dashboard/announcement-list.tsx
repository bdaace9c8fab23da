"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ConfirmDialog } from "~/app/_components/confirm-dialog";
import { ErrorSummary } from "~/app/_components/error-summary";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useTRPC } from "~/app/trpc/react";
import { announcementSchemas } from "~/app/_components/lazy-schemas";
import { compactCardClass } from "~/app/_components/card";
import { buttonClass, rowButtonClass } from "~/app/_components/button-styles";
import { EmptyState } from "~/app/_components/empty-state";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the list and its edit forms say (the "PostedAnnouncements" messages), read by the page.
 * `posted`, `postedEdited`, `which`, `deleteTitle`, `deleted` and `corrected` are raw templates.
 */
export interface AnnouncementListWords {
  none: string;
  posted: string;
  postedEdited: string;
  delete: string;
  which: string;
  deleteTitle: string;
  deleteBody: string;
  deleting: string;
  deleted: string;
  edit: string;
  correctionIntro: string;
  title: string;
  message: string;
  saving: string;
  saveCorrection: string;
  cancel: string;
  corrected: string;
}

export interface PostedAnnouncement {
  id: string;
  title: string;
  body: string;
  /** Already written out in the event's time zone. */
  postedAt: string;
  edited: boolean;
}

/** The announcements already posted, each with an edit form and a delete that asks first. */
export function AnnouncementList({
  eventId,
  announcements,
  words,
}: {
  eventId: string;
  announcements: PostedAnnouncement[];
  words: AnnouncementListWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.announcements.delete.mutationOptions());
  const removal = useFormProblem();
  const [done, setDone] = useState<string | null>(null);

  if (announcements.length === 0) return <EmptyState title={words.none} />;
  return (
    <div className="space-y-3">
      <FormStatus message={done} variant="text" />
      <ul className="space-y-3">
        {announcements.map((a) => (
          <li key={a.id} className={`space-y-2 ${compactCardClass}`}>
            <h3 className="font-semibold">{a.title}</h3>
            <p className="text-sm text-slate-700">
              {fillTemplate(a.edited ? words.postedEdited : words.posted, { date: a.postedAt })}
            </p>
            <p className="whitespace-pre-line">{a.body}</p>
            <div className="flex flex-wrap items-start gap-3">
              <EditAnnouncement eventId={eventId} announcement={a} onSaved={setDone} words={words} />
              <ConfirmDialog
                trigger={
                  <>
                    {words.delete}
                    <span className="sr-only"> {fillTemplate(words.which, { title: a.title })}</span>
                  </>
                }
                triggerClassName={rowButtonClass}
                triggerDisabled={removal.pending}
                title={fillTemplate(words.deleteTitle, { title: a.title })}
                description={<p>{words.deleteBody}</p>}
                confirmLabel={words.delete}
                pendingLabel={words.deleting}
                onConfirm={async () => {
                  setDone(null);
                  const ok = await removal.attempt(() =>
                    remove.mutateAsync({ eventId, announcementId: a.id }),
                  );
                  if (ok) {
                    setDone(fillTemplate(words.deleted, { title: a.title }));
                    router.refresh();
                  }
                  return ok;
                }}
                problem={removal.problem}
                onOpenChange={(open) => {
                  if (open) {
                    removal.setProblem(null);
                    setDone(null);
                  }
                }}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EditAnnouncement({
  eventId,
  announcement,
  onSaved,
  words,
}: {
  eventId: string;
  announcement: PostedAnnouncement;
  onSaved: (message: string | null) => void;
  words: AnnouncementListWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const update = useMutation(trpc.announcements.update.mutationOptions());
  const [values, setValues] = useState({ title: announcement.title, body: announcement.body });
  const [open, setOpen] = useState(false);
  const initial = { title: announcement.title, body: announcement.body };
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `announcement-edit:${announcement.id}`,
    values,
    restore: (saved) => {
      setValues(draftOf(initial, saved));
      setOpen(true);
    },
  });
  const prefix = `edit-${announcement.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSaved(null);
    const { createAnnouncementInput } = await announcementSchemas();
    const checked = checkForm(createAnnouncementInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    const ok = await attempt(() =>
      update.mutateAsync({ eventId, announcementId: announcement.id, ...checked.data }),
    );
    if (ok) {
      setOpen(false);
      onSaved(fillTemplate(words.corrected, { title: checked.data.title }));
      router.refresh();
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className={rowButtonClass}
        onClick={() => {
          onSaved(null);
          setProblem(null);
          setValues({ title: announcement.title, body: announcement.body });
          setOpen(true);
        }}
      >
        {words.edit}
        <span className="sr-only"> {fillTemplate(words.which, { title: announcement.title })}</span>
      </button>
    );
  }
  return (
    <form
      onSubmit={onSubmit}
      onFocus={() => void announcementSchemas()}
      noValidate
      className="w-full space-y-3"
    >
      <p className="text-sm text-slate-700">{words.correctionIntro}</p>
      <ErrorSummary
        problem={problem}
        labels={{ title: words.title, body: words.message }}
        idPrefix={`${prefix}-`}
        restored={restored}
      />
      <Field id={`${prefix}-title`} label={words.title} errors={problem?.fields.title}>
        {(a) => (
          <input
            {...a}
            className={inputClass}
            value={values.title}
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
          />
        )}
      </Field>
      <Field id={`${prefix}-body`} label={words.message} errors={problem?.fields.body}>
        {(a) => (
          <textarea
            {...a}
            rows={4}
            className={inputClass}
            value={values.body}
            onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
          />
        )}
      </Field>
      <div className="flex gap-3">
        <PendingButton pending={pending} pendingLabel={words.saving} className={buttonClass}>
          {words.saveCorrection}
        </PendingButton>
        <button type="button" className={rowButtonClass} onClick={() => setOpen(false)}>
          {words.cancel}
        </button>
      </div>
    </form>
  );
}
