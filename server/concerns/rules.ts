// Who reads a safeguarding concern. Pure.

/** The event roles a concern can be routed to. */
export type ConcernReaders = "SAFEGUARDING_LEAD" | "ORGANISER";

/**
 * Where a new concern goes: to the event's designated safeguarding leads; to its organisers instead
 * when the reporter says it is about a safeguarding lead (so it is never shown to the person it
 * concerns), or when the event has no designated lead yet (so it is never left unread).
 */
export function routeConcern(params: { aboutLead: boolean; leadCount: number }): ConcernReaders {
  if (params.aboutLead || params.leadCount === 0) return "ORGANISER";
  return "SAFEGUARDING_LEAD";
}

/** Whether someone holding `roles` at the event reads a concern routed to `routedTo`. Platform administrators do not. */
export function readsConcern(roles: readonly string[], routedTo: string): boolean {
  return roles.includes(routedTo);
}

/** The routes a person holding `roles` reads (what their list shows). */
export function concernRoutesFor(roles: readonly string[]): ConcernReaders[] {
  return (["SAFEGUARDING_LEAD", "ORGANISER"] as const).filter((route) => roles.includes(route));
}
