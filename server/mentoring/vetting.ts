// Vetting of the adults who work with young people at an event, and the ratio of vetted adults to young
// people on site. Pure rules: dates are calendar dates ("YYYY-MM-DD") in the event's time zone.

export const VETTING_CHECKS = [
  "DBS_ENHANCED_BARRED",
  "DBS_ENHANCED",
  "DBS_STANDARD",
  "DBS_BASIC",
  "PVG",
  "ACCESSNI_ENHANCED",
  "OTHER_EQUIVALENT",
] as const;
export type VettingCheck = (typeof VETTING_CHECKS)[number];

export const VETTING_CHECK_LABELS: Record<VettingCheck, string> = {
  DBS_ENHANCED_BARRED: "Enhanced DBS with the children's barred list",
  DBS_ENHANCED: "Enhanced DBS (without the barred list)",
  DBS_STANDARD: "Standard DBS",
  DBS_BASIC: "Basic DBS",
  PVG: "PVG scheme membership (Scotland)",
  ACCESSNI_ENHANCED: "AccessNI enhanced check (Northern Ireland)",
  OTHER_EQUIVALENT: "Another equivalent check",
};

/**
 * The checks that allow unsupervised contact with under-18s: the UK checks for work with children that
 * include the children's barred list (DBS enhanced with barred list, PVG, AccessNI enhanced), or another
 * check an organiser judged equivalent. Basic, standard and plain enhanced DBS checks are recorded but
 * do not count.
 */
export const QUALIFYING_CHECKS: ReadonlySet<VettingCheck> = new Set([
  "DBS_ENHANCED_BARRED",
  "PVG",
  "ACCESSNI_ENHANCED",
  "OTHER_EQUIVALENT",
]);

/** A vetting record as the rules need it: calendar dates as "YYYY-MM-DD". */
export interface VettingFacts {
  check: VettingCheck;
  checkedOn: string;
  expiresOn: string;
  trainingOn: string | null;
}

/** Why an adult does not count as vetted (or what else organisers should see), most serious first. */
export type VettingFlag =
  "MISSING" | "NOT_SUFFICIENT" | "NOT_YET_VALID" | "EXPIRED" | "EXPIRES_DURING_EVENT" | "NO_TRAINING";

export const VETTING_FLAG_LABELS: Record<VettingFlag, string> = {
  MISSING: "No vetting recorded",
  NOT_SUFFICIENT: "The check recorded does not cover work with children",
  NOT_YET_VALID: "The check is dated after today",
  EXPIRED: "Vetting expired",
  EXPIRES_DURING_EVENT: "Vetting expires before the event ends",
  NO_TRAINING: "No safeguarding training recorded",
};

/** Flags that keep an adult out of unsupervised contact with under-18s (the others are warnings). */
export const BLOCKING_FLAGS: ReadonlySet<VettingFlag> = new Set([
  "MISSING",
  "NOT_SUFFICIENT",
  "NOT_YET_VALID",
  "EXPIRED",
]);

/**
 * Whether `record` makes its adult vetted on `day` ("YYYY-MM-DD"): a qualifying check, dated on or before
 * the day, expiring on or after it. Null (nothing recorded) is never vetted.
 */
export function isVettedOn(record: VettingFacts | null, day: string): boolean {
  return (
    record !== null &&
    QUALIFYING_CHECKS.has(record.check) &&
    record.checkedOn <= day &&
    record.expiresOn >= day
  );
}

/**
 * What organisers should see about an adult's vetting on `today`, for an event whose last day is
 * `lastDay` (both "YYYY-MM-DD"): blocking flags first (see BLOCKING_FLAGS), then warnings. An empty list
 * means vetted, in date to the end of the event, and trained.
 */
export function vettingFlags(
  record: VettingFacts | null,
  params: { today: string; lastDay: string },
): VettingFlag[] {
  if (record === null) return ["MISSING"];
  const flags: VettingFlag[] = [];
  if (!QUALIFYING_CHECKS.has(record.check)) flags.push("NOT_SUFFICIENT");
  if (record.checkedOn > params.today) flags.push("NOT_YET_VALID");
  if (record.expiresOn < params.today) flags.push("EXPIRED");
  else if (record.expiresOn < params.lastDay) flags.push("EXPIRES_DURING_EVENT");
  if (record.trainingOn === null) flags.push("NO_TRAINING");
  return flags;
}

/** A vetting check's dates as read back from the database (Date at UTC midnight) → "YYYY-MM-DD". */
export function calendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export interface RatioState {
  /** Young people (under the event's adult age) checked in and not yet out. */
  youngPresent: number;
  /** Vetted adults (see isVettedOn) signed in on site and not yet out. */
  vettedAdultsPresent: number;
  /** The event's setting: one vetted adult for every this many young people; null when none is set. */
  youngPeoplePerVettedAdult: number | null;
}

export interface RatioCheck {
  /** Vetted adults needed for the young people present: ⌈young ÷ ratio⌉ (0 when nobody young is in). */
  required: number;
  /** How many more vetted adults are needed now (0 when the ratio holds). */
  shortBy: number;
}

/**
 * Checks a centre against the event's ratio of vetted adults to young people present. Null when the
 * event sets no ratio. Throws on a ratio below 1 or a negative count.
 */
export function checkRatio(state: RatioState): RatioCheck | null {
  const per = state.youngPeoplePerVettedAdult;
  if (per === null) return null;
  if (!Number.isInteger(per) || per < 1) throw new Error(`Invalid ratio: one adult for every ${per}`);
  if (state.youngPresent < 0 || state.vettedAdultsPresent < 0) throw new Error("Negative count");
  const required = Math.ceil(state.youngPresent / per);
  return { required, shortBy: Math.max(0, required - state.vettedAdultsPresent) };
}
