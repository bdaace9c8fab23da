import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { ProfileForm } from "./profile-form";
import { RightsSection } from "./rights-section";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  await requireUser("/account");
  const profile = await (await serverCaller()).users.me();
  return (
    <div className="max-w-xl space-y-6">
      <h1 className={pageTitleClass}>Your account</h1>
      <p className="text-slate-700">
        Signed in as {profile.email}. Your email address is never shown to other people.
      </p>
      <ProfileForm initial={{ name: profile.name ?? "", alias: profile.alias ?? "" }} />
      <p>
        <Link href="/account/emails" className={strongLinkClass}>
          Choose which emails we send you
        </Link>
      </p>
      <RightsSection email={profile.email} />
    </div>
  );
}
