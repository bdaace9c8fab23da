// What may happen to a centre. Pure.

/**
 * Why a centre's capacity cannot be lowered to `capacity`, or null when it can: it must hold everyone
 * `registered` there (holding a place) and every place `offered` from its waiting list (live offers).
 */
export function capacityProblem(
  capacity: number,
  held: { registered: number; offered: number },
): string | null {
  const { registered, offered } = held;
  const needed = registered + offered;
  if (capacity >= needed) return null;
  const placeWord = (n: number) => (n === 1 ? "1 place" : `${n} places`);
  const people = registered === 1 ? "1 person is" : `${registered} people are`;
  const offers = `${placeWord(offered)} ${offered === 1 ? "is" : "are"} offered`;
  const why =
    offered === 0
      ? `${people} registered at this centre`
      : registered === 0
        ? `${offers} from this centre's waiting list`
        : `${people} registered at this centre and ${offers} from its waiting list`;
  return `${why}, so it needs at least ${placeWord(needed)}.`;
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
