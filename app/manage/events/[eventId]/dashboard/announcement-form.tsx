"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { buttonClass, Field, inputClass } from "~/app/_components/field";
import { problemFromZod, useFormProblem } from "~/app/_components/form-errors";
import { FormAlert, FormStatus } from "~/app/_components/form-status";
import { useTRPC } from "~/app/trpc/react";
import { createAnnouncementInput } from "~/server/announcements/schema";
import { MARKDOWN_HINT } from "~/app/_components/markdown-hint";

export function AnnouncementForm({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const post = useMutation(trpc.announcements.create.mutationOptions());
  const [values, setValues] = useState({ title: "", body: "" });
  const { problem, setProblem, attempt } = useFormProblem();
  const [sent, setSent] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const checked = createAnnouncementInput.safeParse(values);
    if (!checked.success) {
      setProblem(problemFromZod(checked.error, "Some answers need fixing."));
      return;
    }
    await attempt(async () => {
      const result = await post.mutateAsync({ eventId, ...checked.data });
      setValues({ title: "", body: "" });
      setSent(
        `Posted on the event page and emailed to ${result.recipients} registered ${result.recipients === 1 ? "person" : "people"}.`,
      );
      router.refresh();
    });
  }

  return (
    <section
      aria-labelledby="announce-heading"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <h2 id="announce-heading" className="text-xl font-semibold">
        Post an announcement
      </h2>
      <p className="text-slate-700">
        It appears on the event page and is emailed to everyone registered (except people who turned
        announcement emails off).
      </p>
      <FormAlert message={problem?.message} />
      <FormStatus message={sent} />
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <Field id="announcement-title" label="Title" errors={problem?.fields.title}>
          {(a) => (
            <input
              {...a}
              className={inputClass}
              value={values.title}
              onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
            />
          )}
        </Field>
        <Field id="announcement-body" label="Message" hint={MARKDOWN_HINT} errors={problem?.fields.body}>
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
        <button type="submit" disabled={post.isPending} className={buttonClass}>
          {post.isPending ? "Posting…" : "Post and email"}
        </button>
      </form>
    </section>
  );
}
