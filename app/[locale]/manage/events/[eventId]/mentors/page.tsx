import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "~/app/_components/badge";
import { buttonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { requireUser } from "~/app/_components/guards";
import { linkClass, mutedClass, pageTitleClass, sectionTitleClass } from "~/app/_components/text-styles";
import { orNotFound, serverCaller } from "~/app/trpc/server";
import { dayLabel } from "~/server/mentoring/rules";
import { BLOCKING_FLAGS, VETTING_CHECK_LABELS, VETTING_FLAG_LABELS } from "~/server/mentoring/vetting";
import { EXPERIENCE_LABELS, SKILL_LABELS, type Skill } from "~/server/registrations/labels";
import { OfferDecision } from "./offer-decision";
import { RatioForm } from "./ratio-form";
import { VettingForm } from "./vetting-form";

export const metadata: Metadata = { title: "Mentors and vetting" };

type Props = { params: Promise<{ eventId: string }> };

const skillLabel = (s: string) => SKILL_LABELS[s as Skill] ?? s;

/**
 * Mentors and the adults working at the centres: offers to decide, vetting to record (never a copy of
 * the certificate), flags for anyone not cleared to be alone with under-18s, and the ratio of vetted
 * adults to young people. Organisers and safeguarding leads see every centre; centre leads their own.
 */
export default async function MentorsPage({ params }: Props) {
  const { eventId } = await params;
  await requireUser(`/manage/events/${eventId}/mentors`);
  const caller = await serverCaller();
  const view = await orNotFound(caller.mentoring.people({ eventId }));
  const offers = view.people.flatMap((p) =>
    p.offer?.status === "OFFERED" ? [{ ...p, offer: p.offer }] : [],
  );
  const firstCentre = view.centres[0];
  return (
    <div className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <p>
          <Link href={`/manage/events/${eventId}`} className={linkClass}>
            {view.event.name}
          </Link>
        </p>
        <h1 className={pageTitleClass}>Mentors and vetting</h1>
        <p className="text-slate-700">
          Only adults with an in-date enhanced check that includes the children&apos;s barred list (PVG,
          AccessNI or an equivalent) may look after teams with under-18s. Record what you saw; never keep a
          copy of a certificate.
        </p>
        {firstCentre ? (
          <p>
            <Link
              href={`/manage/events/${eventId}/mentors/matching?centre=${firstCentre.id}&day=${view.days[0] ?? view.today}`}
              className={buttonClass}
            >
              Match mentors to teams
            </Link>
          </p>
        ) : null}
      </header>

      {view.canDecide ? (
        <RatioForm eventId={eventId} value={view.event.youngPeoplePerVettedAdult} />
      ) : view.event.youngPeoplePerVettedAdult ? (
        <p>
          The event asks for one vetted adult for every {view.event.youngPeoplePerVettedAdult} under-18s on
          site at a centre.
        </p>
      ) : null}

      {view.canDecide ? (
        <section aria-labelledby="offers-heading" className="space-y-3">
          <h2 id="offers-heading" className={sectionTitleClass}>
            Offers to decide ({offers.length})
          </h2>
          {offers.length === 0 ? (
            <p>
              No offers are waiting. Volunteers offer from the event&apos;s page (“Volunteer as a mentor”).
            </p>
          ) : (
            <ul className="space-y-3">
              {offers.map((p) => (
                <li key={p.userId} className={`${cardClass} space-y-2`}>
                  <h3 className="font-semibold">{p.name}</h3>
                  <p className={mutedClass}>{p.email}</p>
                  <OfferFacts offer={p.offer} />
                  <OfferDecision
                    eventId={eventId}
                    offerId={p.offer.id}
                    person={p.name}
                    centres={view.centres}
                    offeredCentreId={p.offer.centre?.id ?? null}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="people-heading" className="space-y-3">
        <h2 id="people-heading" className={sectionTitleClass}>
          Mentors and leads ({view.people.length})
        </h2>
        {view.people.length === 0 ? (
          <p>Nobody yet. Accept an offer, or give someone the mentor role on the event&apos;s page.</p>
        ) : (
          <ul className="space-y-3">
            {view.people.map((p) => {
              const blocking = p.flags.filter((f) => BLOCKING_FLAGS.has(f));
              const warnings = p.flags.filter((f) => !BLOCKING_FLAGS.has(f));
              return (
                <li key={p.userId} className={`${cardClass} space-y-2`} data-testid="mentor-person">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <h3 className="font-semibold">{p.name}</h3>
                      <p className={mutedClass}>
                        {p.roles.length > 0
                          ? p.roles
                              .map((r) => `${r.role === "MENTOR" ? "Mentor" : "Centre lead"} at ${r.centre}`)
                              .join(" · ")
                          : p.offer
                            ? `Offer ${p.offer.status.toLowerCase()}`
                            : ""}
                      </p>
                    </div>
                    {blocking.length === 0 ? (
                      <Badge tone="success">Vetted</Badge>
                    ) : (
                      <Badge tone="danger">Not cleared for under-18s</Badge>
                    )}
                  </div>
                  {p.flags.length > 0 ? (
                    <ul className="space-y-1 text-sm" aria-label={`Vetting of ${p.name}`}>
                      {[...blocking, ...warnings].map((f) => (
                        <li
                          key={f}
                          className={
                            BLOCKING_FLAGS.has(f)
                              ? "rounded border border-red-300 bg-red-50 px-3 py-1 text-red-900"
                              : "rounded border border-amber-300 bg-amber-50 px-3 py-1 text-amber-900"
                          }
                        >
                          {VETTING_FLAG_LABELS[f]}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {p.vetting ? (
                    <p className="text-sm">
                      {VETTING_CHECK_LABELS[p.vetting.facts.check]}
                      {p.vetting.checkDetail ? ` (${p.vetting.checkDetail})` : ""}, checked{" "}
                      {p.vetting.facts.checkedOn}, expires {p.vetting.facts.expiresOn}; seen by{" "}
                      {p.vetting.verifiedBy}.
                      {p.vetting.facts.trainingOn
                        ? ` Safeguarding training ${p.vetting.facts.trainingOn}.`
                        : ""}
                    </p>
                  ) : null}
                  {p.offer && p.offer.status !== "OFFERED" ? <OfferFacts offer={p.offer} /> : null}
                  {view.canVet ? (
                    <VettingForm
                      eventId={eventId}
                      userId={p.userId}
                      person={p.name}
                      current={
                        p.vetting
                          ? {
                              check: p.vetting.facts.check,
                              checkDetail: p.vetting.checkDetail,
                              checkedOn: p.vetting.facts.checkedOn,
                              expiresOn: p.vetting.facts.expiresOn,
                              verifiedBy: p.vetting.verifiedBy,
                              trainingOn: p.vetting.facts.trainingOn ?? "",
                            }
                          : null
                      }
                    />
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function OfferFacts({
  offer,
}: {
  offer: {
    centre: { name: string } | null;
    levels: (keyof typeof EXPERIENCE_LABELS)[];
    skills: string[];
    days: string[];
    capacity: number;
    note: string;
  };
}) {
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium">Centre</dt>
      <dd>{offer.centre?.name ?? "Any"}</dd>
      <dt className="font-medium">Helps</dt>
      <dd>{offer.levels.map((l) => EXPERIENCE_LABELS[l]).join(", ")}</dd>
      <dt className="font-medium">Skills</dt>
      <dd>{offer.skills.length > 0 ? offer.skills.map(skillLabel).join(", ") : "None given"}</dd>
      <dt className="font-medium">Days</dt>
      <dd>{offer.days.map(dayLabel).join(", ")}</dd>
      <dt className="font-medium">Teams at once</dt>
      <dd>{offer.capacity}</dd>
      {offer.note ? (
        <>
          <dt className="font-medium">Note</dt>
          <dd className="whitespace-pre-line">{offer.note}</dd>
        </>
      ) : null}
    </dl>
  );
}
