// "What happened next": what a project can become after the event, and when teams and sponsors may say
// so. Pure.

export const PROJECT_UPDATE_KINDS = [
  "STILL_BUILDING",
  "LAUNCHED",
  "USED",
  "FUNDED",
  "BUSINESS",
  "OTHER",
] as const;
export type ProjectUpdateKind = (typeof PROJECT_UPDATE_KINDS)[number];

/** How each kind reads, on the form and the public page. */
export const PROJECT_UPDATE_LABELS: Record<ProjectUpdateKind, string> = {
  STILL_BUILDING: "Still building",
  LAUNCHED: "Launched",
  USED: "Used by someone",
  FUNDED: "Funded",
  BUSINESS: "Became a business",
  OTHER: "Something else",
};

/** The most updates one project keeps (the latest first); more are refused until one is removed. */
export const MAX_UPDATES_PER_PROJECT = 20;

/**
 * Whether a team may post an update at `now`: after the submission deadline, for a project that is
 * submitted (not a draft, withdrawn or disqualified). `reason` says why not: its key in the catalogues'
 * NextErrors (this module reaches the browser, so it names the words without loading them).
 */
export function mayPostUpdate(
  facts: { submissionDeadline: Date; projectStatus: string | null },
  now: Date,
): { ok: true } | { ok: false; reason: "updatesNotOpen" | "notSubmitted" } {
  if (now.getTime() < facts.submissionDeadline.getTime()) return { ok: false, reason: "updatesNotOpen" };
  if (facts.projectStatus !== "SUBMITTED") return { ok: false, reason: "notSubmitted" };
  return { ok: true };
}

/** Updates counted by kind, every kind listed (zero included), in the order of PROJECT_UPDATE_KINDS. */
export function countsByKind(
  kinds: readonly ProjectUpdateKind[],
): { kind: ProjectUpdateKind; label: string; count: number }[] {
  return PROJECT_UPDATE_KINDS.map((kind) => ({
    kind,
    label: PROJECT_UPDATE_LABELS[kind],
    count: kinds.filter((k) => k === kind).length,
  }));
}

/**
 * Each project's latest update, from updates listed newest first (as the queries list them): the first one
 * seen of each project, in the order they were seen (the projects with the newest news first).
 */
export function latestPerProject<T extends { projectId: string }>(updates: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const update of updates) if (!latest.has(update.projectId)) latest.set(update.projectId, update);
  return [...latest.values()];
}
