import type { Metadata } from "next";
import { requireUser } from "~/app/_components/guards";
import { Notice } from "~/app/_components/notice";
import { PageHeader } from "~/app/_components/page-header";
import { serverCaller } from "~/app/trpc/server";
import { loadEvent } from "../load-event";
import { OfferForm } from "./offer-form";

export const metadata: Metadata = { title: "Volunteer as a mentor" };

type Props = { params: Promise<{ slug: string }> };

/**
 * An adult offers to mentor at the event: a centre, what they can help with, at which levels, which days.
 * Organisers then accept the offer and record the vetting they saw.
 */
export default async function MentorOfferPage({ params }: Props) {
  const { slug } = await params;
  const user = await requireUser(`/events/${slug}/mentor`);
  const event = await loadEvent(slug);
  const caller = await serverCaller();
  const form = await caller.mentoring.offerForm({ eventId: event.id });
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader back={{ href: `/events/${slug}`, label: event.name }} title="Volunteer as a mentor" />
      <div className="space-y-3">
        <p>
          Mentors help teams get unstuck: explaining an error, suggesting a next step, pointing at a tutorial.
          You don&apos;t need to know everything, just be patient and curious. Say where and when you can come
          and the organisers will be in touch.
        </p>
        <p>
          Anyone working with under-18s needs vetting: an{" "}
          <strong>enhanced DBS check with the children&apos;s barred list</strong> (PVG in Scotland, AccessNI
          in Northern Ireland) and safeguarding training. The organisers check it with you and record only the
          kind of check and its dates, never a copy of the certificate. Until then you can help adult teams
          only.
        </p>
      </div>
      {user.guardian ? (
        <Notice>Mentors are adults: switch back to your own account to offer to mentor.</Notice>
      ) : form.offer?.status === "DECLINED" ? (
        <Notice>The organisers have declined your offer. Write to them if something has changed.</Notice>
      ) : (
        <OfferForm
          eventId={event.id}
          slug={slug}
          days={form.days}
          centres={form.centres}
          offer={form.offer}
          mentorAt={form.mentorAt}
        />
      )}
    </div>
  );
}
