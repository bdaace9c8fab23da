import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { ActingNotice } from "./acting-notice";
import { ChildrenSection } from "./children-section";
import { ProfileForm } from "./profile-form";
import { RightsSection } from "./rights-section";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const caller = await serverCaller();
  const [profile, children] = await Promise.all([caller.users.me(), caller.guardians.children()]);
  if (user.guardian) {
    // A guardian acting for a child: the child's profile; removing it is done from their own account.
    return (
      <div className="max-w-xl space-y-6">
        <h1 className={pageTitleClass}>{profile.name ?? "Your child"}&apos;s profile</h1>
        <ActingNotice childName={profile.name ?? "your child"} next="/account" />
        <ProfileForm initial={{ name: profile.name ?? "", alias: profile.alias ?? "" }} />
        <RightsSection email={profile.email} managed />
      </div>
    );
  }
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
      <ChildrenSection initial={children} />
      <RightsSection email={profile.email} />
    </div>
  );
}
