import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { copyTitle, fillTemplate, PLACEHOLDERS, unknownPlaceholders } from "./rules.ts";

describe("unknownPlaceholders", () => {
  it.each([
    ["Hello {team}, about {challenge} at {event} by {deadline}", []],
    ["Hello {teem} and {Team} and {teem}", ["teem"]],
    ["{ event } and {EVENT}", []],
    ["Code: {{team}} and function() { return 1 }", []],
    ["{name}{email}", ["name", "email"]],
  ])("%s → %j", (body, expected) => {
    expect(unknownPlaceholders(body)).toEqual(expected);
  });
});

describe("fillTemplate", () => {
  it("fills what it is given and leaves the rest as written", () => {
    expect(
      fillTemplate("Well done {team}! {Challenge} closes {deadline}. {unknown}", {
        team: "Pixel Pals",
        challenge: "Cleaner air",
      }),
    ).toBe("Well done Pixel Pals! Cleaner air closes {deadline}. {unknown}");
  });

  it("inserts values literally, even ones that look like placeholders or replacement patterns", () => {
    expect(fillTemplate("{team} / {event}", { team: "$& {event}", event: "E" })).toBe("$& {event} / E");
  });

  it("with every placeholder given, none is left; with none given, the body is unchanged", () => {
    const values = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `<${p}>`]));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...PLACEHOLDERS.map((p) => `{${p}}`)), fc.string()), {
          maxLength: 12,
        }),
        (parts) => {
          const body = parts.join(" ");
          const filled = fillTemplate(body, values);
          expect(unknownPlaceholders(filled)).toEqual(unknownPlaceholders(body));
          expect(fillTemplate(body, {})).toBe(body);
        },
      ),
    );
  });
});

describe("copyTitle", () => {
  it("keeps a free title and numbers copies of a taken one", () => {
    expect(copyTitle("Thanks", [])).toBe("Thanks");
    expect(copyTitle("Thanks", ["thanks"])).toBe("Thanks (copy)");
    expect(copyTitle("Thanks", ["Thanks", "Thanks (copy)"])).toBe("Thanks (copy 2)");
  });

  it("never returns a taken title", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.array(fc.string()), (title, taken) => {
        const t = copyTitle(title, taken);
        expect(taken.map((x) => x.toLowerCase())).not.toContain(t.toLowerCase());
      }),
    );
  });
});
