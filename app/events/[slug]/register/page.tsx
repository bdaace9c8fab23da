import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { RegisterForm } from "./register-form";

import { PageHeader } from "~/app/_components/page-header";

export const metadata: Metadata = { title: "Register" };

type Props = { params: Promise<{ slug: string }> };

export default async function RegisterPage({ params }: Props) {
  const { slug } = await params;
  await requireUser(`/events/${slug}/register`);
  const caller = await serverCaller();
  const event = await loadEvent(slug);
  const [form, mine, profile] = await Promise.all([
    caller.registrations.form({ eventId: event.id }),
    caller.registrations.mine({ eventId: event.id }),
    caller.users.me(),
  ]);
  if (mine && mine.status !== "WITHDRAWN") redirect(`/events/${slug}/registration`);
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title="Register" />
      {form.canRegister ? (
        <RegisterForm
          eventId={event.id}
          slug={slug}
          centres={form.centres}
          codeOfConductVersion={form.codeOfConductVersion}
          consentAge={form.consentAge}
          minimumAge={form.minimumAge}
          startDate={form.startDate}
          rules={form.rules}
          youngAge={form.youngAge}
          profile={{ name: profile.name ?? "", alias: profile.alias ?? "" }}
        />
      ) : (
        <Notice>{form.registrationNotice}</Notice>
      )}
    </div>
  );
}
