"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Field, inputClass } from "~/app/_components/field";
import { ErrorSummary } from "~/app/_components/error-summary";
import { checkForm, draftOf, useFormProblem } from "~/app/_components/form-errors";
import { FormStatus } from "~/app/_components/form-status";
import { PendingButton } from "~/app/_components/pending-button";
import { useRequestKey } from "~/app/_components/request-key";
import { TemplatePicker, type TemplatePickerWords } from "~/app/_components/template-picker";
import { useTRPC } from "~/app/trpc/react";
import { announcementSchemas } from "~/app/_components/lazy-schemas";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";
import { cardClass } from "~/app/_components/card";
import { sectionTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the form says (the "PostAnnouncement" messages), read by the page. `sentOne` and `sentOther`
 * are raw templates (`{count}`).
 */
export interface AnnouncementFormWords {
  heading: string;
  intro: string;
  title: string;
  message: string;
  posting: string;
  post: string;
  sentOne: string;
  sentOther: string;
}

/** Posts an announcement on the event page and emails it to everyone registered, once per press. */
export function AnnouncementForm({
  eventId,
  templateWords,
  words,
}: {
  eventId: string;
  words: AnnouncementFormWords;
  /** The words of the template picker (templatePickerWords). */
  templateWords: TemplatePickerWords;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const post = useMutation(trpc.announcements.create.mutationOptions());
  const [values, setValues] = useState({ title: "", body: "" });
  const { problem, setProblem, attempt, pending, restored } = useFormProblem({
    key: `announcement:${eventId}`,
    values,
    restore: (saved) => setValues((v) => draftOf(v, saved)),
  });
  const requestKey = useRequestKey();
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const { createAnnouncementInput } = await announcementSchemas();
    const checked = checkForm(createAnnouncementInput, values);
    if (checked.problem) {
      setProblem(checked.problem);
      return;
    }
    await attempt(async () => {
      const result = await post.mutateAsync({ eventId, ...checked.data, requestKey: requestKey.current });
      setValues({ title: "", body: "" });
      requestKey.renew();
      setSent(
        fillTemplate(result.recipients === 1 ? words.sentOne : words.sentOther, { count: result.recipients }),
      );
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="announce-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="announce-heading" className={sectionTitleClass}>
        {words.heading}
      </h2>
      <p className="text-slate-700">{words.intro}</p>
      <ErrorSummary
        problem={problem}
        labels={{ title: words.title, body: words.message }}
        idPrefix="announcement-"
        restored={restored}
      />
      <FormStatus message={sent} />
      <form onSubmit={onSubmit} onFocus={() => void announcementSchemas()} noValidate className="space-y-3">
        <TemplatePicker
          eventId={eventId}
          use="ANNOUNCEMENT"
          onUse={(body) => setValues((v) => ({ ...v, body }))}
          words={templateWords}
        />
        <Field id="announcement-title" label={words.title} errors={problem?.fields.title}>
          {(a) => (
            <input
              {...a}
              className={inputClass}
              value={values.title}
              onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
            />
          )}
        </Field>
        <Field
          id="announcement-body"
          label={words.message}
          hint={MARKDOWN_HINT}
          errors={problem?.fields.body}
        >
          {(a) => (
            <textarea
              {...a}
              rows={5}
              className={inputClass}
              value={values.body}
              onChange={(e) => setValues((v) => ({ ...v, body: e.target.value }))}
            />
          )}
        </Field>
        <PendingButton pending={pending} pendingLabel={words.posting} className={buttonClass}>
          {words.post}
        </PendingButton>
      </form>
    </section>
  );
}
