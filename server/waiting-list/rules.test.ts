import { describe, expect, it } from "vitest";
import {
  isFull,
  isLapsedOffer,
  isLiveOffer,
  isOnList,
  OFFER_HOURS,
  offerExpiry,
  ordinal,
  placesToOffer,
  positionOf,
} from "./rules.ts";

const now = new Date("2026-11-24T12:00:00.000Z");
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

describe("offers", () => {
  it("is live while OFFERED and before its time limit, lapsed after it", () => {
    expect(isLiveOffer({ status: "OFFERED", offerExpiresAt: hours(1) }, now)).toBe(true);
    expect(isLiveOffer({ status: "OFFERED", offerExpiresAt: now }, now)).toBe(false);
    expect(isLapsedOffer({ status: "OFFERED", offerExpiresAt: now }, now)).toBe(true);
    expect(isLiveOffer({ status: "ACCEPTED", offerExpiresAt: hours(1) }, now)).toBe(false);
    expect(isLapsedOffer({ status: "WAITING", offerExpiresAt: null }, now)).toBe(false);
  });

  it("keeps someone on the list while waiting or holding a live offer", () => {
    expect(isOnList({ status: "WAITING", offerExpiresAt: null }, now)).toBe(true);
    expect(isOnList({ status: "OFFERED", offerExpiresAt: hours(2) }, now)).toBe(true);
    expect(isOnList({ status: "OFFERED", offerExpiresAt: hours(-2) }, now)).toBe(false);
    for (const status of ["ACCEPTED", "EXPIRED", "LEFT"] as const) {
      expect(isOnList({ status, offerExpiresAt: null }, now)).toBe(false);
    }
  });

  it("lasts 48 hours, or until registration closes if sooner; none once it has closed", () => {
    expect(offerExpiry(now, hours(24 * 6))).toEqual(hours(OFFER_HOURS));
    expect(offerExpiry(now, hours(5))).toEqual(hours(5));
    expect(offerExpiry(now, now)).toBeNull();
    expect(offerExpiry(now, hours(-1))).toBeNull();
  });
});

describe("places to offer", () => {
  it("offers the free places, live offers counted as taken, but no more than are waiting", () => {
    expect(placesToOffer({ capacity: 10, registered: 8, liveOffers: 0, waiting: 5 })).toBe(2);
    expect(placesToOffer({ capacity: 10, registered: 8, liveOffers: 1, waiting: 5 })).toBe(1);
    expect(placesToOffer({ capacity: 10, registered: 8, liveOffers: 2, waiting: 5 })).toBe(0);
    expect(placesToOffer({ capacity: 10, registered: 2, liveOffers: 0, waiting: 3 })).toBe(3);
    // Over capacity (lowered by hand): nothing, never a negative number.
    expect(placesToOffer({ capacity: 5, registered: 7, liveOffers: 1, waiting: 3 })).toBe(0);
  });

  it("calls a centre full when registrations and live offers fill it", () => {
    expect(isFull({ capacity: 2, registered: 1, liveOffers: 1 })).toBe(true);
    expect(isFull({ capacity: 2, registered: 1, liveOffers: 0 })).toBe(false);
    expect(isFull({ capacity: 2, registered: 3, liveOffers: 0 })).toBe(true);
  });
});

describe("positions", () => {
  const t = (s: number) => new Date(now.getTime() + s * 1000);
  const queue = [
    { id: "c", createdAt: t(2), status: "WAITING" as const },
    { id: "a", createdAt: t(1), status: "OFFERED" as const },
    { id: "b", createdAt: t(2), status: "WAITING" as const },
    { id: "d", createdAt: t(0), status: "WAITING" as const },
  ];
  it("counts the waiting ahead, in the order of joining (then id), ignoring offers", () => {
    expect(positionOf("d", queue)).toBe(1);
    expect(positionOf("b", queue)).toBe(2);
    expect(positionOf("c", queue)).toBe(3);
    expect(positionOf("a", queue)).toBe(0);
    expect(positionOf("zz", queue)).toBe(0);
  });

  it("writes positions as a child reads them", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "101st",
      "111th",
    ]);
  });
});
