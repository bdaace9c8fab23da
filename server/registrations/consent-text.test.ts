import { describe, expect, it } from "vitest";
import { consentParagraphs, consentTextOf } from "./consent-text.ts";
import { CONSENT_TEXT, CONSENT_TEXT_VERSION } from "./rules.ts";

describe("consentTextOf", () => {
  it("is the platform's default text and version when the event has none", () => {
    expect(consentTextOf({ consentText: "" })).toEqual({
      version: CONSENT_TEXT_VERSION,
      paragraphs: CONSENT_TEXT,
      own: false,
    });
    expect(consentTextOf({ consentText: " \n\n  \n" }).own).toBe(false);
  });

  it("versions the event's own words, the same words always alike, whatever the spacing", () => {
    const a = consentTextOf({ consentText: "I am the parent.\n\nThey may attend." });
    expect(a.own).toBe(true);
    expect(a.version).toMatch(/^k-[0-9a-f]{12}$/);
    expect(a.paragraphs).toEqual(["I am the parent.", "They may attend."]);
    expect(
      consentTextOf({ consentText: "  I am the parent.\r\n\r\n\r\nThey may   attend.  " }).version,
    ).not.toBe(a.version);
    expect(consentTextOf({ consentText: "  I am the parent.\r\n \r\nThey may attend.\n" }).version).toBe(
      a.version,
    );
    expect(
      consentTextOf({ consentText: "I am the parent.\n\nThey may attend on Saturday." }).version,
    ).not.toBe(a.version);
  });

  it("joins the lines of one paragraph, and keeps paragraphs apart", () => {
    expect(consentParagraphs("One line\nand its continuation.\n\nTwo.")).toEqual([
      "One line and its continuation.",
      "Two.",
    ]);
  });
});
