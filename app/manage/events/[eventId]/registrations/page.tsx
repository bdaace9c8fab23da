import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { RegistrationCounts, RegistrationsTable } from "~/app/_components/registrations-table";

export const metadata: Metadata = { title: "Registrations" };

type Props = { params: Promise<{ eventId: string }> };

export default async function RegistrationsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/registrations`);
  const caller = await serverCaller();
  let data;
  let event;
  try {
    [event, data] = await Promise.all([
      caller.events.byIdForManagement({ eventId }),
      caller.registrations.list({ eventId }),
    ]);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    if (error instanceof TRPCError && error.code === "FORBIDDEN") {
      return (
        <div className="max-w-xl space-y-3">
          <h1 className="text-3xl font-bold tracking-tight">Registrations</h1>
          <p>Only this event&apos;s organisers can see its registrations.</p>
        </div>
      );
    }
    throw error;
  }
  const { counts, rows } = data;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className="text-brand-700 underline">
            {event.name}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight">Registrations</h1>
        <p className="max-w-2xl text-slate-700">
          Young people are listed by alias (or first name and initial) and age band only. Dates of birth and
          guardians&apos; addresses are never shown here.
        </p>
      </header>
      <RegistrationCounts counts={counts} csvHref={`/api/events/${eventId}/registrations-csv`} />
      <RegistrationsTable rows={rows} heading="Everyone who registered" />
    </div>
  );
}
