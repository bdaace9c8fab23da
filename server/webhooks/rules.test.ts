import { describe, expect, it } from "vitest";
import {
  isBlockedAddress,
  isDelivered,
  MAX_ATTEMPTS,
  nextAttemptAfter,
  shortError,
  shouldSwitchOff,
  SWITCH_OFF_AFTER_FAILURES,
} from "./rules.ts";

const minute = 60_000;
const hour = 60 * minute;

describe("nextAttemptAfter", () => {
  it("waits 1 min, 5 min, 30 min, 2 h, 8 h, 24 h after each failure, then gives up", () => {
    expect([1, 2, 3, 4, 5, 6].map(nextAttemptAfter)).toEqual([
      minute,
      5 * minute,
      30 * minute,
      2 * hour,
      8 * hour,
      24 * hour,
    ]);
    expect(nextAttemptAfter(7)).toBeNull();
    expect(nextAttemptAfter(100)).toBeNull();
    expect(MAX_ATTEMPTS).toBe(7);
  });

  it("treats nonsense as the first failure", () => {
    expect(nextAttemptAfter(0)).toBe(minute);
    expect(nextAttemptAfter(-3)).toBe(minute);
    expect(nextAttemptAfter(1.5)).toBe(minute);
  });
});

describe("isDelivered", () => {
  it("is 2xx only", () => {
    expect([200, 201, 204, 299].map(isDelivered)).toEqual([true, true, true, true]);
    expect([0, 100, 199, 300, 301, 400, 410, 429, 500, 503].map(isDelivered)).toEqual(
      Array<boolean>(10).fill(false),
    );
  });
});

describe("shortError", () => {
  it("keeps one line of at most 200 characters", () => {
    expect(shortError("connect\n  ECONNREFUSED")).toBe("connect ECONNREFUSED");
    expect(shortError("x".repeat(500))).toHaveLength(200);
  });
});

describe("isBlockedAddress", () => {
  it("refuses private, loopback, link-local, shared and reserved IPv4", () => {
    for (const address of [
      "0.0.0.0",
      "10.0.0.1",
      "10.255.255.255",
      "100.64.0.1",
      "127.0.0.1",
      "127.8.9.10",
      "169.254.169.254",
      "172.16.0.1",
      "172.31.255.254",
      "192.168.1.1",
      "192.0.0.8",
      "198.18.0.1",
      "224.0.0.1",
      "255.255.255.255",
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });

  it("allows public IPv4", () => {
    for (const address of [
      "1.1.1.1",
      "8.8.8.8",
      "172.32.0.1",
      "172.15.255.255",
      "100.128.0.1",
      "93.184.215.14",
    ]) {
      expect(isBlockedAddress(address), address).toBe(false);
    }
  });

  it("refuses loopback, unique-local, link-local and multicast IPv6, and private IPv4 written as IPv6", () => {
    for (const address of [
      "::",
      "::1",
      "[::1]",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "fe80::1%eth0",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "::ffff:a9fe:a9fe",
      "64:ff9b::10.0.0.1",
      "2002:0a00:0001::1",
      "2001:db8::1",
    ]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });

  it("allows public IPv6 and public IPv4 written as IPv6", () => {
    for (const address of ["2606:4700:4700::1111", "2a00:1450:4009:81f::200e", "::ffff:8.8.8.8"]) {
      expect(isBlockedAddress(address), address).toBe(false);
    }
  });

  it("refuses what is not an IP address", () => {
    for (const address of ["", "localhost", "example.org", "1.2.3", "::g"]) {
      expect(isBlockedAddress(address), address).toBe(true);
    }
  });
});

describe("switching off a failing endpoint", () => {
  it("only after the latest five finished messages all failed", () => {
    const failed = Array<"FAILED">(5).fill("FAILED");
    expect(shouldSwitchOff(failed)).toBe(true);
    expect(shouldSwitchOff([...failed, "SUCCEEDED"])).toBe(true);
    expect(shouldSwitchOff(failed.slice(0, 4))).toBe(false);
    expect(shouldSwitchOff(["FAILED", "FAILED", "SUCCEEDED", "FAILED", "FAILED", "FAILED"])).toBe(false);
    expect(shouldSwitchOff(["SUCCEEDED", ...failed])).toBe(false);
    expect(shouldSwitchOff([])).toBe(false);
    expect(SWITCH_OFF_AFTER_FAILURES).toBe(5);
  });
});
