import { getTranslations } from "next-intl/server";
import { staffSignInWords } from "~/app/_components/staff-sign-in-words";
import { labelsOf } from "~/server/i18n/labels";
import type { DeskActionsWords } from "./desk-actions";
import type { OnSiteWords } from "./on-site";
import type { ScanCodeWords } from "./scan-code";
import type { SensitiveRevealWords } from "./sensitive-reveal";

/** The check-in desk's plain messages, and its raw templates ({person}, {who}) the buttons fill in. */
const DESK = [
  "checkingIn",
  "checkIn",
  "chooseFirst",
  "anAuthorisedAdult",
  "checkingOut",
  "checkOut",
  "leavingAlone",
  "override",
  "nobodyAuthorised",
  "collectorLabel",
  "reasonLabel",
] as const;
const DESK_TEMPLATES = ["checkedIn", "collectedBy", "checkedOut", "whoIsCollecting"] as const;

const SCAN = ["notACode", "noCamera", "cameraPicture", "pointCamera", "stop", "scan"] as const;

const REVEAL = ["tryAgain", "reading", "nothingGiven", "medical", "access", "emergency"] as const;
const REVEAL_TEMPLATES = ["read", "failed", "contact"] as const;

const ON_SITE = ["heading", "notVettedAdultsOnly", "notVetted", "nobodySignedIn", "signInSomeone"] as const;
const ON_SITE_TEMPLATES = [
  "under18One",
  "under18Other",
  "vettedAdultOne",
  "vettedAdultOther",
  "belowRatioOne",
  "belowRatioOther",
  "ratioKept",
  "noRatio",
  "signOut",
  "signIn",
] as const;

/** The words of the check-in page's client parts, read on the server. */
export interface CheckInWords {
  desk: DeskActionsWords;
  scan: ScanCodeWords;
  reveal: SensitiveRevealWords;
  onSite: OnSiteWords;
}

/** Reads the words of the desk, the scanner, the needs reveal and the adults-on-site panel. */
export async function checkInWords(): Promise<CheckInWords> {
  const [desk, scan, reveal, onSite, staff] = await Promise.all([
    getTranslations("CheckInDesk"),
    getTranslations("CheckInScan"),
    getTranslations("SensitiveReveal"),
    getTranslations("AdultsOnSite"),
    getTranslations("StaffSignIn"),
  ]);
  return {
    desk: {
      ...labelsOf((key) => desk(key), DESK),
      ...labelsOf((key) => desk.raw(key) as string, DESK_TEMPLATES),
    },
    scan: labelsOf((key) => scan(key), SCAN),
    reveal: {
      ...labelsOf((key) => reveal(key), REVEAL),
      ...labelsOf((key) => reveal.raw(key) as string, REVEAL_TEMPLATES),
    },
    onSite: {
      ...labelsOf((key) => onSite(key), ON_SITE),
      ...labelsOf((key) => onSite.raw(key) as string, ON_SITE_TEMPLATES),
      staffSignIn: staffSignInWords(staff),
    },
  };
}
