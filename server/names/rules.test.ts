import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lookalikeOf, nameKey, rawSkeleton } from "./confusables.ts";
import { mixedScriptWord, normaliseName } from "./rules.ts";
import { recognisableName } from "./schema.ts";

describe("normaliseName", () => {
  it.each([
    ["Data Dragons\u200B", "Data Dragons"], // zero-width space (the reported case)
    ["Data\u200CDragons", "DataDragons"], // zero-width non-joiner
    ["Data\u200D Dragons", "Data Dragons"], // zero-width joiner
    ["\uFEFFData Dragons", "Data Dragons"], // byte-order mark
    ["Data\u00ADDragons", "DataDragons"], // soft hyphen
    ["Data Dragons\u2060", "Data Dragons"], // word joiner
    ["\u202EsnogarD ataD", "snogarD ataD"], // right-to-left override
    ["Data\u200E Dragons\u200F", "Data Dragons"], // LRM / RLM
    ["Data \u2066Dragons\u2069", "Data Dragons"], // isolates
    ["Data Dragons\uFE0F", "Data Dragons"], // variation selector
    ["Data Dragons\u{E0041}", "Data Dragons"], // tag character
    ["Data\u0000Dragons\u0007", "DataDragons"], // control characters
    ["Byte\tSized", "Byte Sized"], // a tab is a control character and a space
    ["Data\u00A0Dragons", "Data Dragons"], // non-breaking space
    ["Data\u3000Dragons", "Data Dragons"], // ideographic space
    ["Data\u2003\u2009Dragons", "Data Dragons"], // em and thin spaces
    ["  Data \n\t Dragons  ", "Data Dragons"],
    ["ＤａｔａＤｒａｇｏｎｓ", "DataDragons"], // full-width
    ["𝐃𝐚𝐭𝐚 𝐃𝐫𝐚𝐠𝐨𝐧𝐬", "Data Dragons"], // mathematical bold
    ["ﬁsh", "fish"], // ligature
    ["Cafe\u0301", "Café"], // combining accent composes
    ["Zoë", "Zoë"],
    ["東京チーム", "東京チーム"],
    ["ｶﾀｶﾅ", "カタカナ"], // half-width katakana
    ["\u200B\u200B", ""],
  ])("%j → %j", (input, expected) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = normaliseName(s);
        expect(normaliseName(once)).toBe(once);
      }),
    );
  });

  it("never leaves invisible characters, leading or trailing spaces, or double spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = normaliseName(s);
        expect(out).not.toMatch(/[\p{Default_Ignorable_Code_Point}\p{Bidi_Control}\p{Cc}]/u);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/ {2}/);
      }),
    );
  });
});

describe("mixedScriptWord", () => {
  it.each([
    ["Data Dragons", null],
    ["Café Crew", null],
    ["Ωmega Team", { word: "Ωmega", scripts: ["Latin", "Greek"] }],
    ["D\u0430ta Dragons", { word: "D\u0430ta", scripts: ["Latin", "Cyrillic"] }], // Cyrillic а
    ["Data Drag\u043Ens", { word: "Drag\u043Ens", scripts: ["Latin", "Cyrillic"] }], // Cyrillic о
    ["Привет мир", null], // all Cyrillic
    ["Привет World", null], // each word keeps to one alphabet
    ["Αθήνα", null], // all Greek
    ["東京 Tigers", null],
    ["東京Tigers", null], // Han is not a Latin look-alike
    ["Team 42", null],
    ["R2-D2", null],
    ["مرحبا team", null],
    ["", null],
  ])("%j → %j", (name, expected) => {
    expect(mixedScriptWord(name)).toEqual(expected);
  });
});

describe("nameKey and lookalikeOf", () => {
  const same = [
    "Data Dragons",
    "data dragons",
    "DATA DRAGONS",
    "  Data   Dragons ",
    "Data Dragons\u200B",
    "Data\u00A0Dragons",
    "D\u0430ta Dragons", // Cyrillic а
    "Data Drag0ns", // digit zero
    "Dat\u0430 Dr\u0430g\u043Ens", // several Cyrillic letters
    "ＤＡＴＡ ＤＲＡＧＯＮＳ",
    "𝐃𝐚𝐭𝐚 𝐃𝐫𝐚𝐠𝐨𝐧𝐬",
  ];
  it.each(same)('%j has the key of "Data Dragons"', (name) => {
    expect(nameKey(name)).toBe(nameKey("Data Dragons"));
  });

  it.each([
    ["Data Dragons", "Data Dragon"],
    ["Data Dragons", "Data Wizards"],
    ["Café", "Cafe"],
    ["Team 1", "Team 2"],
  ])("%j and %j differ", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
    expect(lookalikeOf(a, [{ name: b }])).toBeUndefined();
  });

  it("catches a capital I passing for a lower-case l, which folding case alone would miss", () => {
    expect(nameKey("Il Team")).not.toBe(nameKey("ll Team"));
    expect(rawSkeleton("Il Team")).toBe(rawSkeleton("ll Team"));
    expect(lookalikeOf("Il Team", [{ name: "ll Team" }])).toEqual({ name: "ll Team" });
  });

  it("finds the existing look-alike", () => {
    const teams = [{ name: "Code Cats" }, { name: "Data Dragons" }];
    expect(lookalikeOf("Data Dragons\u200B", teams)).toEqual({ name: "Data Dragons" });
    expect(lookalikeOf("Brand new", teams)).toBeUndefined();
  });

  it("does not change when the name is normalised first or has invisible characters added", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), fc.nat(30), (s, at) => {
        const key = nameKey(s);
        expect(nameKey(normaliseName(s))).toBe(key);
        expect(nameKey(`${s.slice(0, at)}\u200B${s.slice(at)}`)).toBe(
          nameKey(`${s.slice(0, at)}${s.slice(at)}`),
        );
      }),
    );
  });
});

describe("recognisableName", () => {
  const teamName = recognisableName({ min: 2, max: 60 });
  it("stores the normalised name", () => {
    expect(teamName.parse("  Data\u00A0Dragons\u200B ")).toBe("Data Dragons");
  });
  it("counts length after normalising", () => {
    expect(teamName.safeParse("\u200BA\u200B").success).toBe(false);
    expect(teamName.safeParse("A".repeat(60) + "\u200B".repeat(10)).success).toBe(true);
    expect(teamName.safeParse("A".repeat(61)).success).toBe(false);
  });
  it("refuses a word mixing look-alike alphabets, naming the word", () => {
    const result = teamName.safeParse("D\u0430ta Dragons");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('"D\u0430ta" mixes letters from different alphabets');
  });
  it("says what is missing when a one-character minimum is not met", () => {
    const personName = recognisableName({ min: 1, max: 80, missing: "Enter your name" });
    expect(personName.safeParse("\u200B ").error?.issues[0]?.message).toBe("Enter your name");
  });
});
