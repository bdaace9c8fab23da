import { describe, expect, it } from "vitest";
import { startsWithVowel } from "./welsh.ts";

describe("startsWithVowel (Welsh 'ac' before a vowel, 'a' otherwise)", () => {
  it.each([
    ["Ana", true],
    ["owen", true],
    ["Úrsula", true],
    ["Ëmil", true],
    ["Wrecsam", true],
    ["ysgol", true],
    ["Sam", false],
    ["Wyn", false],
    ["Yusuf", false],
    ["Ŵyn", false],
    ["Zoë", false],
    ["", false],
  ])("a name: %s → %s", (word, expected) => {
    expect(startsWithVowel(word)).toBe(expected);
  });

  it.each([
    ["1 aelod arall", true],
    ["11 aelod arall", true],
    ["8 aelod arall", true],
    ["80", true],
    ["18 aelod arall", false],
    ["111", false],
    ["2 aelod arall", false],
    ["10", false],
  ])("a number, by how it is said: %s → %s", (word, expected) => {
    expect(startsWithVowel(word)).toBe(expected);
  });
});
