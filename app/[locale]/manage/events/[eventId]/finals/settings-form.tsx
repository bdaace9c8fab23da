"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass } from "~/app/_components/button-styles";
import { TextField } from "~/app/_components/text-field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** The show's title, each team's presenting time and the live stream's address (finals.saveSettings). */
export function SettingsForm({
  eventId,
  initial,
}: {
  eventId: string;
  initial: { title: string; minutesPerEntry: number; streamUrl: string | null };
}) {
  const trpc = useTRPC();
  const save = useMutation(trpc.finals.saveSettings.mutationOptions());
  const action = usePageAction();
  const [title, setTitle] = useState(initial.title);
  const [minutes, setMinutes] = useState(String(initial.minutesPerEntry));
  const [streamUrl, setStreamUrl] = useState(initial.streamUrl ?? "");
  const fields = action.problem?.fields;
  return (
    <form
      className="max-w-xl space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void action.run(
          () => save.mutateAsync({ eventId, title, minutesPerEntry: Number(minutes), streamUrl }),
          "Saved.",
        );
      }}
    >
      <TextField id="finals-title" label="Title" value={title} onChange={setTitle} errors={fields?.title} />
      <TextField
        id="finals-minutes"
        label="Minutes each team presents"
        hint="The presenter's timer counts down from this, and shows when a team runs over."
        type="number"
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        errors={fields?.minutesPerEntry}
      />
      <TextField
        id="finals-stream"
        label="Live stream address (optional)"
        hint="A YouTube or Vimeo address plays on the public finals page (YouTube without cookies until someone presses play); any other address is linked."
        type="url"
        inputMode="url"
        value={streamUrl}
        onChange={setStreamUrl}
        errors={fields?.streamUrl}
      />
      <button type="submit" className={buttonClass} disabled={action.pending}>
        {action.pending ? "Saving…" : "Save settings"}
      </button>
      <ActionOutcome done={action.done} problem={action.problem} />
    </form>
  );
}
