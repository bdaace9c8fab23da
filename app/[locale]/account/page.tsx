import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "~/app/_components/guards";
import { serverCaller } from "~/app/trpc/server";
import { labelsOf } from "~/server/i18n/labels";
import { ActingNotice } from "./acting-notice";
import { ChildrenSection, type ChildrenSectionWords } from "./children-section";
import { ProfileForm, type ProfileFormWords } from "./profile-form";
import { RightsSection, type RightsSectionWords } from "./rights-section";
import { pageTitleClass, strongLinkClass } from "~/app/_components/text-styles";
import { titleFrom } from "~/app/_components/page-title";

const PROFILE_WORDS = [
  "name",
  "nameHint",
  "alias",
  "aliasInSummary",
  "aliasHint",
  "saved",
  "save",
  "saving",
] as const;

const CHILDREN_WORDS = [
  "title",
  "intro",
  "yourChild",
  "notRegistered",
  "remove",
  "removeDescription",
  "removeConfirm",
  "removing",
  "keep",
  "addTitle",
  "name",
  "nameHint",
  "alias",
  "aliasHint",
  "add",
  "adding",
] as const;

/** Sentences the children's section fills in itself with each child's name (fillTemplate). */
const CHILDREN_TEMPLATES = ["nickname", "actFor", "removeWhose", "removeTitle", "added"] as const;

const RIGHTS_WORDS = [
  "dataTitle",
  "dataAboutYou",
  "dataAboutThem",
  "download",
  "removeManaged",
  "deleteTitle",
  "deleteWhat",
  "signUpAgain",
  "deleteTrigger",
  "deleteDialogTitle",
  "deleteConfirm",
  "deleting",
  "keep",
  "email",
] as const;

export const generateMetadata = titleFrom("AccountPage", "metaTitle");

export default async function AccountPage() {
  const user = await requireUser("/account");
  const caller = await serverCaller();
  const [profile, children, t, profileT, childrenT, rightsT] = await Promise.all([
    caller.users.me(),
    caller.guardians.children(),
    getTranslations("AccountPage"),
    getTranslations("AccountProfile"),
    getTranslations("AccountChildren"),
    getTranslations("AccountRights"),
  ]);
  const profileWords: ProfileFormWords = labelsOf((key) => profileT(key), PROFILE_WORDS);
  const rightsWords: RightsSectionWords = {
    ...labelsOf((key) => rightsT(key), RIGHTS_WORDS),
    deleteDescription: rightsT("deleteDescription", { email: profile.email }),
  };
  if (user.guardian) {
    // A guardian acting for a child: the child's profile; removing it is done from their own account.
    return (
      <div className="max-w-xl space-y-6">
        <h1 className={pageTitleClass}>{t("childProfile", { name: profile.name ?? t("yourChildTitle") })}</h1>
        <ActingNotice childName={profile.name ?? t("yourChild")} next="/account" />
        <ProfileForm
          initial={{ name: profile.name ?? "", alias: profile.alias ?? "" }}
          words={profileWords}
        />
        <RightsSection managed words={rightsWords} />
      </div>
    );
  }
  const childrenWords: ChildrenSectionWords = {
    ...labelsOf((key) => childrenT(key), CHILDREN_WORDS),
    ...labelsOf((key) => childrenT.raw(key) as string, CHILDREN_TEMPLATES),
    status: {
      PENDING_CONSENT: childrenT("status.PENDING_CONSENT"),
      CONFIRMED: childrenT("status.CONFIRMED"),
      WITHDRAWN: childrenT("status.WITHDRAWN"),
    },
  };
  return (
    <div className="max-w-xl space-y-6">
      <h1 className={pageTitleClass}>{t("title")}</h1>
      <p className="text-slate-700">{t("signedInAs", { email: profile.email })}</p>
      <ProfileForm initial={{ name: profile.name ?? "", alias: profile.alias ?? "" }} words={profileWords} />
      <p>
        <Link href="/account/emails" className={strongLinkClass}>
          {t("chooseEmails")}
        </Link>
      </p>
      <ChildrenSection initial={children} words={childrenWords} />
      <RightsSection words={rightsWords} />
    </div>
  );
}
