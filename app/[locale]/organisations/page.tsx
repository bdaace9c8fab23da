import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { organisationKindLabels } from "~/server/organisations/schema";
import { pageTitleClass } from "~/app/_components/text-styles";
import { buttonClass } from "~/app/_components/button-styles";
import { panelClass } from "~/app/_components/card";

export const metadata: Metadata = { title: "Your organisations" };

export default async function OrganisationsPage() {
  await requireUser("/organisations");
  const memberships = await (await serverCaller()).organisations.mine();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className={pageTitleClass}>Your organisations</h1>
        <Link href="/organisations/new" className={buttonClass}>
          New organisation
        </Link>
      </div>
      <p className="text-slate-700">
        Sponsors and challenge owners — companies, public bodies, community groups and universities — post
        challenges to events through an organisation.
      </p>
      {memberships.length === 0 ? (
        <p>
          You don&apos;t belong to any organisation yet. Create one, or accept an invitation from an owner.
        </p>
      ) : (
        <ul className={`divide-y divide-slate-200 ${panelClass}`}>
          {memberships.map(({ organisation, role }) => (
            <li key={organisation.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <Link
                  href={`/organisations/${organisation.slug}/manage`}
                  className="font-semibold text-brand-700 hover:underline"
                >
                  {organisation.name}
                </Link>
                <p className="text-sm text-slate-600">{organisationKindLabels[organisation.kind]}</p>
              </div>
              <span className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs font-semibold text-slate-800">
                {role === "OWNER" ? "Owner" : "Member"}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
