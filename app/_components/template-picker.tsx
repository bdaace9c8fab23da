"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { inputClass } from "./field";
import { secondaryButtonClass } from "./button-styles";
import { linkClass } from "./text-styles";
import { useTRPC } from "~/app/trpc/react";
import type { ResponseUse } from "~/server/templates/rules";

/** What the picker says (the "TemplatePicker" messages), read by the server page: templatePickerWords. */
export interface TemplatePickerWords {
  sendOften: string;
  writeTemplate: string;
  startFrom: string;
  useIt: string;
}

/**
 * "Start from a template": the event's response templates for `use`, filled in on the server for the
 * challenge or team at hand; choosing one and pressing "Use it" hands its text to `onUse` (the form puts
 * it in its text box, where it can still be changed). Shows nothing to someone who may not use
 * templates, and a link to write some when the event has none for this use.
 */
export function TemplatePicker({
  eventId,
  use,
  challengeId,
  teamId,
  onUse,
  words,
}: {
  eventId: string;
  use: ResponseUse;
  challengeId?: string;
  teamId?: string;
  onUse: (text: string) => void;
  words: TemplatePickerWords;
}) {
  const trpc = useTRPC();
  const id = useId();
  const templates = useQuery({
    ...trpc.templates.forUse.queryOptions({ eventId, use, challengeId, teamId }),
    retry: false,
  });
  const [chosen, setChosen] = useState("");
  if (!templates.data) return null;
  if (templates.data.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        {words.sendOften}{" "}
        <Link href={`/manage/events/${eventId}/templates`} className={linkClass}>
          {words.writeTemplate}
        </Link>
      </p>
    );
  }
  const picked = templates.data.find((t) => t.id === chosen) ?? templates.data[0];
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-0 grow space-y-1">
        <label htmlFor={id} className="block text-sm font-medium">
          {words.startFrom}
        </label>
        <select
          id={id}
          className={inputClass}
          value={picked?.id ?? ""}
          onChange={(e) => setChosen(e.target.value)}
        >
          {templates.data.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className={secondaryButtonClass}
        onClick={() => (picked ? onUse(picked.text) : undefined)}
      >
        {words.useIt}
      </button>
    </div>
  );
}
