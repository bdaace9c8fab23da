import Link from "next/link";
import { buttonClass, secondaryButtonClass } from "~/app/_components/button-styles";
import { cardClass } from "~/app/_components/card";
import { linkClass, sectionTitleClass } from "~/app/_components/text-styles";
import { formatInZone } from "~/server/time/zoned";
import { RequestOperator } from "./request-operator";

/**
 * Whether the organisation runs its own events and clubs (an operator) and where to do so; for an owner
 * of one that is not, the way to ask. Members who are not owners only read.
 */
export function OperatorPanel({
  organisation,
  isOwner,
  operator,
}: {
  organisation: { id: string; slug: string };
  isOwner: boolean;
  operator: { requestedAt: Date | null; approvedAt: Date | null; sessions: number; published: number };
}) {
  return (
    <section aria-labelledby="operator-heading" className={`space-y-3 ${cardClass}`}>
      <h2 id="operator-heading" className={sectionTitleClass}>
        Your own events and clubs
      </h2>
      {operator.approvedAt ? (
        <>
          <p>
            This organisation is an operator: it runs its own events and lists weekly clubs in the{" "}
            <Link href="/directory" className={linkClass}>
              directory
            </Link>
            .{" "}
            {operator.sessions === 0
              ? "No weekly sessions yet."
              : `${operator.published} of ${operator.sessions} weekly ${operator.sessions === 1 ? "session is" : "sessions are"} in the directory.`}
          </p>
          <p className="flex flex-wrap gap-3">
            <Link href={`/organisations/${organisation.slug}/manage/sessions`} className={buttonClass}>
              Weekly sessions
            </Link>
            {isOwner ? (
              <Link
                href={`/organisations/${organisation.slug}/manage/events/new`}
                className={secondaryButtonClass}
              >
                Create an event
              </Link>
            ) : null}
          </p>
        </>
      ) : operator.requestedAt ? (
        <p>
          You asked on {formatInZone(operator.requestedAt, "Europe/London")} to run your own events and list
          weekly clubs. The platform&apos;s admins will look at it and you&apos;ll see the tools here once
          they approve.
        </p>
      ) : (
        <>
          <p>
            Run your own hack days and list your weekly coding clubs in the directory, where young people and
            families find them by age, area and level. The platform&apos;s admins approve each organisation
            once.
          </p>
          {isOwner ? (
            <RequestOperator organisationId={organisation.id} />
          ) : (
            <p className="text-sm text-slate-600">An owner of this organisation can ask for it.</p>
          )}
        </>
      )}
    </section>
  );
}
