"use client";

import { useState } from "react";
import { rowButtonClass } from "~/app/_components/button-styles";
import { useTRPCClient } from "~/app/trpc/react";
import type { RouterOutputs } from "~/app/trpc/types";
import { fillTemplate } from "~/server/i18n/labels";

/**
 * What the reveal says (the "SensitiveReveal" messages), read by the page; `read` ({person}), `failed`
 * ({message}) and `contact` ({name}, {relationship}) are raw templates.
 */
export interface SensitiveRevealWords {
  read: string;
  failed: string;
  tryAgain: string;
  reading: string;
  nothingGiven: string;
  medical: string;
  access: string;
  emergency: string;
  contact: string;
}

type Read =
  | { state: "closed" }
  | { state: "reading" }
  | { state: "failed"; message: string }
  | { state: "read"; data: RouterOutputs["sensitive"]["read"] };

/**
 * A person's medical and access needs and emergency contact, read only when asked for: one call per
 * press (never refetched behind the reader's back), each recorded (who, when, whose) for the organisers.
 */
export function SensitiveReveal({
  eventId,
  registrationId,
  person,
  words,
}: {
  eventId: string;
  registrationId: string;
  person: string;
  words: SensitiveRevealWords;
}) {
  const client = useTRPCClient();
  const [read, setRead] = useState<Read>({ state: "closed" });
  const open = () => {
    setRead({ state: "reading" });
    client.sensitive.read.query({ eventId, registrationId }).then(
      (data) => setRead({ state: "read", data }),
      (error: unknown) =>
        setRead({ state: "failed", message: error instanceof Error ? error.message : words.tryAgain }),
    );
  };
  if (read.state === "closed" || read.state === "failed") {
    return (
      <div className="space-y-1">
        <button type="button" className={rowButtonClass} onClick={open}>
          {fillTemplate(words.read, { person })}
        </button>
        {read.state === "failed" ? (
          <p role="alert" className="text-sm text-red-800">
            {fillTemplate(words.failed, { message: read.message })}
          </p>
        ) : null}
      </div>
    );
  }
  if (read.state === "reading") return <p role="status">{words.reading}</p>;
  const answers = read.data.answers;
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded border border-slate-300 bg-slate-50 p-3 text-sm sm:grid-cols-[max-content_1fr]">
      {!answers ? (
        <dd>{words.nothingGiven}</dd>
      ) : (
        <>
          {answers.medical ? (
            <>
              <dt className="font-semibold">{words.medical}</dt>
              <dd className="whitespace-pre-line">{answers.medical}</dd>
            </>
          ) : null}
          {answers.access ? (
            <>
              <dt className="font-semibold">{words.access}</dt>
              <dd className="whitespace-pre-line">{answers.access}</dd>
            </>
          ) : null}
          {answers.emergencyName ? (
            <>
              <dt className="font-semibold">{words.emergency}</dt>
              <dd>
                {fillTemplate(words.contact, {
                  name: answers.emergencyName,
                  relationship: answers.emergencyRelationship,
                })}{" "}
                <a href={`tel:${answers.emergencyPhone.replace(/[^+\d]/g, "")}`} className="underline">
                  {answers.emergencyPhone}
                </a>
              </dd>
            </>
          ) : null}
        </>
      )}
    </dl>
  );
}
