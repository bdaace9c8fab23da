import type { Metadata } from "next";
import { requireUser } from "~/app/_components/guards";
import { OrganisationForm } from "~/app/_components/organisation-form";
import { pageTitleClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  await requireUser("/organisations/new");
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className={pageTitleClass}>New organisation</h1>
      <p className="text-slate-700">You become its owner and can invite colleagues by email.</p>
      <OrganisationForm />
    </div>
  );
}
