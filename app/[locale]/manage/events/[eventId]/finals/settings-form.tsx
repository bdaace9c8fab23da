"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "~/app/_components/action-outcome";
import { buttonClass } from "~/app/_components/button-styles";
import { TextField } from "~/app/_components/text-field";
import { usePageAction } from "~/app/_components/use-page-action";
import { useTRPC } from "~/app/trpc/react";

/** What the settings form says (the "ManageFinals" messages), read by the page. */
export interface SettingsFormWords {
  saved: string;
  showTitle: string;
  minutes: string;
  minutesHint: string;
  stream: string;
  streamHint: string;
  saving: string;
  saveSettings: string;
}

/** The show's title, each team's presenting time and the live stream's address (finals.saveSettings). */
export function SettingsForm({
  eventId,
  initial,
  words,
}: {
  eventId: string;
  initial: { title: string; minutesPerEntry: number; streamUrl: string | null };
  words: SettingsFormWords;
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
          words.saved,
        );
      }}
    >
      <TextField
        id="finals-title"
        label={words.showTitle}
        value={title}
        onChange={setTitle}
        errors={fields?.title}
      />
      <TextField
        id="finals-minutes"
        label={words.minutes}
        hint={words.minutesHint}
        type="number"
        inputMode="numeric"
        value={minutes}
        onChange={setMinutes}
        errors={fields?.minutesPerEntry}
      />
      <TextField
        id="finals-stream"
        label={words.stream}
        hint={words.streamHint}
        type="url"
        inputMode="url"
        value={streamUrl}
        onChange={setStreamUrl}
        errors={fields?.streamUrl}
      />
      <button type="submit" className={buttonClass} disabled={action.pending}>
        {action.pending ? words.saving : words.saveSettings}
      </button>
      <ActionOutcome done={action.done} problem={action.problem} />
    </form>
  );
}
