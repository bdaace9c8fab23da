import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../../load-event";
import { EditRegistrationForm } from "./edit-form";
import { linkClass, pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Change your answers" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditRegistrationPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/registration/edit`);
  const caller = await serverCaller();
  const event = await loadEvent(slug);
  const [form, mine] = await Promise.all([
    caller.registrations.form({ eventId: event.id }),
    caller.registrations.mine({ eventId: event.id }),
  ]);
  if (!mine || mine.status === "WITHDRAWN") redirect(`/events/${slug}/register`);
  return (
    <div className="max-w-2xl space-y-6">
      <header className="space-y-2">
        <p>
          <Link href={`/events/${slug}/registration`} className={linkClass}>
            Your registration
          </Link>
        </p>
        <h1 className={pageTitleClass}>Change your answers</h1>
        <p className="text-slate-700">
          Your date of birth and your guardian&apos;s consent stay as they are. To change those, withdraw and
          register again.
        </p>
      </header>
      {form.canRegister ? (
        <EditRegistrationForm
          eventId={event.id}
          slug={slug}
          centres={form.centres}
          initial={{
            centreId: mine.centre?.id ?? "",
            experience: mine.experience,
            skills: mine.skills,
            tags: mine.tags.join(", "),
          }}
          rules={form.rules}
        />
      ) : (
        <Notice>
          {form.registrationNotice} Your answers can only change while registration is open: ask the
          organisers if your centre must change.
        </Notice>
      )}
    </div>
  );
}
