// Why a centre's capacity cannot be lowered, or why it cannot be deleted, in the catalogue's words
// ("CentreErrors"). Pure. Not in rules.ts, which the browser loads (NO_CENTRE) and must not read the
// catalogue.
import type { Said } from "../errors.ts";
import { refusals } from "../i18n/refusals.ts";

/** This module's refusals ("CentreErrors"). */
const refuse = refusals("CentreErrors");

/**
 * Why a centre's capacity cannot be lowered to `capacity`, or null when it can: it must hold everyone
 * `registered` there (holding a place) and every place `offered` from its waiting list (live offers).
 */
export function capacityProblem(
  capacity: number,
  held: { registered: number; offered: number },
): Said | null {
  const { registered, offered } = held;
  const needed = registered + offered;
  if (capacity >= needed) return null;
  const values = {
    registeredCount: registered,
    registered: String(registered),
    offeredCount: offered,
    offered: String(offered),
    neededCount: needed,
    needed: String(needed),
  };
  if (offered === 0) return refuse("capacityForRegistered", values);
  if (registered === 0) return refuse("capacityForOffered", values);
  return refuse("capacityForBoth", values);
}

/** Why a centre cannot be deleted, or null when it can (its leads' roles go with it). */
export function deleteProblem(counts: { registrations: number; teams: number }): Said | null {
  if (counts.registrations > 0) return refuse("hasRegistrations");
  if (counts.teams > 0) return refuse("hasTeams");
  return null;
}
