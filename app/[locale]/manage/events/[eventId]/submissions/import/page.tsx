import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { Refused } from "~/app/_components/refused";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";
import { orForbidden, serverCaller } from "~/app/trpc/server";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import projects from Devpost" };

type Props = { params: Promise<{ eventId: string }> };

/**
 * An event's organisers import projects from a Devpost export (imports.previewDevpost, then
 * imports.importDevpost): the projects only, never the people in the file.
 */
export default async function ImportProjectsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/submissions/import`);
  const caller = await serverCaller();
  const event = await orForbidden(caller.events.byIdForManagement({ eventId }));
  if (!event) {
    return <Refused title="Import projects">Only this event&apos;s organisers can import projects.</Refused>;
  }
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${event.id}/submissions`} className={linkClass}>
            Projects of {event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Import projects from Devpost</h1>
        <p className="text-slate-700">
          Bring in the projects of a hackathon run on Devpost, to judge them here or show them in the gallery.
          Each becomes a submitted project of a team named after it. Only the projects come in: the names and
          email addresses in the file are never read, so nobody gets an account or a credit here without
          signing up. Import the same file again after changes on Devpost: projects already imported are
          updated, not copied.
        </p>
      </header>
      <ImportForm eventId={event.id} />
    </div>
  );
}
