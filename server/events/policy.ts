/**
 * Who may do what to an event, as pure predicates. Callers load the viewer's roles for the event in
 * question; time-dependent rules (registering, submitting, scoring) live in ./rules.ts instead.
 */
import type { EventStatus } from "./rules.ts";

export const EVENT_ROLES = ["ORGANISER", "CENTRE_LEAD", "JUDGE", "MENTOR", "SAFEGUARDING_LEAD"] as const;
export type EventRole = (typeof EVENT_ROLES)[number];

export interface Viewer {
  /** null for a signed-out visitor. */
  userId: string | null;
  isPlatformAdmin: boolean;
  /** The viewer's roles in the event being asked about, not in any event. */
  eventRoles: readonly EventRole[];
}

export interface EventStatusRef {
  status: EventStatus;
}

// A signed-out viewer never holds privileges, even if a caller builds an inconsistent viewer.
const isSignedIn = (v: Viewer): boolean => v.userId !== null;
const isOrganiser = (v: Viewer): boolean => isSignedIn(v) && v.eventRoles.includes("ORGANISER");
const isAdmin = (v: Viewer): boolean => isSignedIn(v) && v.isPlatformAdmin;

/** Published and archived events are public; a draft only to its organisers and platform admins. */
export function canViewEvent(viewer: Viewer, event: EventStatusRef): boolean {
  return event.status !== "DRAFT" || canManageEvent(viewer);
}

/** Edit details, grant and revoke roles. */
export function canManageEvent(viewer: Viewer): boolean {
  return isAdmin(viewer) || isOrganiser(viewer);
}

/** Only platform admins create events (and name the first organisers). */
export function canCreateEvent(viewer: Viewer): boolean {
  return isAdmin(viewer);
}

/**
 * Whether removing one grant of `role` keeps the event manageable: an event must always keep at
 * least one organiser, otherwise only a platform admin could ever rescue it. `organiserCount` is
 * the number of organisers before the removal. Whether the actor may revoke at all is
 * `canManageEvent`.
 */
export function canRevokeRole(input: { role: EventRole; organiserCount: number }): boolean {
  return input.role !== "ORGANISER" || input.organiserCount > 1;
}

/** DRAFT → PUBLISHED, by managers. There is no way back to draft once people may have seen it. */
export function canPublishEvent(viewer: Viewer, event: EventStatusRef): boolean {
  return canManageEvent(viewer) && event.status === "DRAFT";
}

/** PUBLISHED → ARCHIVED, by managers. Drafts are not archived: they were never public. */
export function canArchiveEvent(viewer: Viewer, event: EventStatusRef): boolean {
  return canManageEvent(viewer) && event.status === "PUBLISHED";
}

/** ARCHIVED → PUBLISHED, by managers: an event archived by mistake (or too early) comes back as it was. */
export function canUnarchiveEvent(viewer: Viewer, event: EventStatusRef): boolean {
  return canManageEvent(viewer) && event.status === "ARCHIVED";
}

/**
 * The status changes there are: DRAFT → PUBLISHED, PUBLISHED → ARCHIVED and back (unarchiving).
 * Never back to DRAFT: people may have seen the event.
 */
export function isStatusChange(from: EventStatus, to: EventStatus): boolean {
  return nextStatus(from) === to || (from === "ARCHIVED" && to === "PUBLISHED");
}

/** The one status change a manager may make from `from`, for a single "next step" button. */
export function nextStatus(from: EventStatus): EventStatus | null {
  if (from === "DRAFT") return "PUBLISHED";
  if (from === "PUBLISHED") return "ARCHIVED";
  return null;
}

/** Whether `viewer` may move the event to `to`. */
export function canChangeStatus(viewer: Viewer, event: EventStatusRef, to: EventStatus): boolean {
  return canManageEvent(viewer) && isStatusChange(event.status, to);
}

/** Roles held at a centre: a centre lead must name one; a mentor may. */
export const CENTRE_ROLES = ["CENTRE_LEAD", "MENTOR"] as const;
