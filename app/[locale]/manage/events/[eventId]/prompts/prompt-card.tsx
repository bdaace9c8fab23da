"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { Badge } from "~/app/_components/badge";
import { cardClass } from "~/app/_components/card";
import { Field, inputClass } from "~/app/_components/field";
import { checkForm } from "~/app/_components/form-errors";
import { PendingButton } from "~/app/_components/pending-button";
import { cardTitleClass, mutedClass } from "~/app/_components/text-styles";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";
import { fillTemplate } from "~/server/i18n/labels";
import { DEFAULT_PROMPTS, type PromptKind } from "~/server/prompts/rules";
import { updatePromptInput } from "~/server/prompts/schema";

export interface PromptItem {
  kind: PromptKind;
  enabled: boolean;
  message: string | null;
  sent: number;
  /** When it starts going out, in the event's zone (null for judges: it depends on each round). */
  from: string | null;
  label: { title: string; who: string; when: string };
  preview: { subject: string; message: string; action: string };
}

/**
 * What a prompt's card says (the "ManagePrompts" messages, read by the page). `sent` and `forThisEvent`
 * are raw templates filled in here.
 */
export interface PromptCardWords {
  saved: string;
  savedOff: string;
  on: string;
  off: string;
  sent: string;
  forThisEvent: string;
  send: string;
  message: string;
  messageHint: string;
  saving: string;
  save: string;
  preview: string;
  hello: string;
}

/** One prompt: who gets it and when, on or off, the organisers' own message, and the email as it reads. */
export function PromptCard({
  eventId,
  prompt,
  words,
}: {
  eventId: string;
  prompt: PromptItem;
  words: PromptCardWords;
}) {
  const trpc = useTRPC();
  const update = useMutation(trpc.prompts.update.mutationOptions());
  const save = usePageAction();
  const [enabled, setEnabled] = useState(prompt.enabled);
  const [message, setMessage] = useState(prompt.message ?? "");
  const id = `prompt-${prompt.kind}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(updatePromptInput, { kind: prompt.kind, enabled, message });
    if (checked.problem) return save.setProblem(checked.problem);
    await save.run(
      () => update.mutateAsync({ eventId, ...checked.data }),
      enabled ? words.saved : words.savedOff,
    );
  }

  return (
    <li className={`${cardClass} space-y-3`} data-testid="prompt">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className={cardTitleClass}>{prompt.label.title}</h2>
        <Badge tone={prompt.enabled ? "success" : "neutral"}>{prompt.enabled ? words.on : words.off}</Badge>
        <span className={mutedClass}>{fillTemplate(words.sent, { count: prompt.sent })}</span>
      </div>
      <p className="text-sm text-slate-700">
        {prompt.label.who}. {prompt.label.when}
        {prompt.from ? ` ${fillTemplate(words.forThisEvent, { from: prompt.from })}` : ""}.
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate className="space-y-3">
        <label className="flex items-center gap-2">
          <input
            id={`${id}-enabled`}
            type="checkbox"
            className="h-5 w-5"
            checked={enabled}
            onChange={(e) => setEnabled(e.target.checked)}
          />
          {words.send}
        </label>
        <Field
          id={`${id}-message`}
          label={words.message}
          hint={words.messageHint}
          errors={save.problem?.fields.message}
        >
          {(a) => (
            <textarea
              {...a}
              rows={3}
              className={inputClass}
              placeholder={DEFAULT_PROMPTS[prompt.kind].message}
              value={message}
              onChange={(e) => setMessage(e.target.value)}
            />
          )}
        </Field>
        <PendingButton pending={save.pending} pendingLabel={words.saving}>
          {words.save}
          <span className="sr-only"> {prompt.label.title}</span>
        </PendingButton>
        <ActionOutcome
          done={save.done}
          problem={save.problem && !save.problem.fields.message ? save.problem : null}
        />
      </form>
      <figure className="space-y-1 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
        <figcaption className="font-medium text-slate-700">{words.preview}</figcaption>
        <p className="font-semibold">{prompt.preview.subject}</p>
        <p>{words.hello}</p>
        <p>{prompt.preview.message}</p>
        <p className="font-medium text-brand-700">{prompt.preview.action} →</p>
      </figure>
    </li>
  );
}
