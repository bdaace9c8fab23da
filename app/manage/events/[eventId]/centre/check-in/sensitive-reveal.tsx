"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { rowButtonClass } from "~/app/_components/button-styles";
import { useTRPC } from "~/app/trpc/react";

/**
 * A person's medical and access needs and emergency contact, read only when asked for: each read is
 * recorded (who, when, whose) for the organisers to see.
 */
export function SensitiveReveal({
  eventId,
  registrationId,
  person,
}: {
  eventId: string;
  registrationId: string;
  person: string;
}) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const read = useQuery({
    ...trpc.sensitive.read.queryOptions({ eventId, registrationId }),
    enabled: open,
    staleTime: Infinity,
  });
  if (!open) {
    return (
      <button type="button" className={rowButtonClass} onClick={() => setOpen(true)}>
        Read {person}&apos;s needs and emergency contact
      </button>
    );
  }
  if (read.isPending) return <p role="status">Reading…</p>;
  if (read.isError) return <p className="text-red-800">Couldn&apos;t read it: {read.error.message}</p>;
  const answers = read.data.answers;
  return (
    <dl className="grid gap-x-4 gap-y-1 rounded border border-slate-300 bg-slate-50 p-3 text-sm sm:grid-cols-[max-content_1fr]">
      {!answers ? (
        <dd>Nothing given.</dd>
      ) : (
        <>
          {answers.medical ? (
            <>
              <dt className="font-semibold">Medical or dietary</dt>
              <dd className="whitespace-pre-line">{answers.medical}</dd>
            </>
          ) : null}
          {answers.access ? (
            <>
              <dt className="font-semibold">Access</dt>
              <dd className="whitespace-pre-line">{answers.access}</dd>
            </>
          ) : null}
          {answers.emergencyName ? (
            <>
              <dt className="font-semibold">Emergency contact</dt>
              <dd>
                {answers.emergencyName} ({answers.emergencyRelationship}),{" "}
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
