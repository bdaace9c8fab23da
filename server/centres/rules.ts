// What may happen to a centre. Pure.

/** Why a centre's capacity cannot be lowered to `capacity`, or null when it can. */
export function capacityProblem(capacity: number, registered: number): string | null {
  if (capacity >= registered) return null;
  const people = registered === 1 ? "1 person is" : `${registered} people are`;
  const places = registered === 1 ? "1 place" : `${registered} places`;
  return `${people} registered at this centre, so it needs at least ${places}.`;
}

/** Why a centre cannot be deleted, or null when it can (its leads' roles go with it). */
export function deleteProblem(counts: { registrations: number; teams: number }): string | null {
  if (counts.registrations > 0) {
    return "People are registered at this centre. It can't be deleted, but you can rename it or change its details.";
  }
  if (counts.teams > 0) return "Teams are based at this centre. It can't be deleted while they are.";
  return null;
}

/** What every page and export calls the centre of a registration or team that has none yet. */
export const NO_CENTRE = "No centre chosen";
