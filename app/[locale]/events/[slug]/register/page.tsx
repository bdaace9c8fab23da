import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { optionalId, parseSearchParams, type RawSearchParams } from "~/app/_components/search-params";
import { serverCaller } from "~/app/trpc/server";
import { formatInZone } from "~/server/time/zoned";
import { ordinal } from "~/server/waiting-list/rules";
import { loadEvent } from "../load-event";
import { RegisterForm } from "./register-form";
import { WaitingLists } from "./waiting-list";

import { PageHeader } from "~/app/_components/page-header";

export const metadata: Metadata = { title: "Register" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawSearchParams> };

export default async function RegisterPage({ params, searchParams }: Props) {
  const { slug } = await params;
  // The centre a waiting-list offer email links to, chosen for the person when it is one of the list.
  const { centre } = parseSearchParams({ centre: optionalId() }, await searchParams);
  await requireUser(`/events/${slug}/register`);
  const caller = await serverCaller();
  const event = await loadEvent(slug);
  const [form, mine, profile, waiting] = await Promise.all([
    caller.registrations.form({ eventId: event.id }),
    caller.registrations.mine({ eventId: event.id }),
    caller.users.me(),
    caller.waitingList.mine({ eventId: event.id }),
  ]);
  if (mine && mine.status !== "WITHDRAWN") redirect(`/events/${slug}/registration`);
  const places = waiting.map((w) => ({
    centreId: w.centre.id,
    centreName: w.centre.name,
    status: w.status,
    position: ordinal(w.position),
    until: w.offerExpiresAt ? formatInZone(w.offerExpiresAt, event.timeZone) : null,
  }));
  const onList = new Set(places.map((p) => p.centreId));
  const fullCentres = form.centres.filter((c) => c.full && !onList.has(c.id));
  const initialCentreId = form.centres.find((c) => c.id === centre && !c.full)?.id ?? "";
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title="Register" />
      {form.canRegister ? (
        <WaitingLists eventId={event.id} places={places} fullCentres={fullCentres} />
      ) : null}
      {form.canRegister ? (
        <RegisterForm
          initialCentreId={initialCentreId}
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
