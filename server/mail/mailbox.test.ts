import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mailboxKey, sameMailbox } from "./mailbox.ts";

describe("mailboxKey", () => {
  it.each([
    ["kit.minor@example.org", "kit.minor@example.org", "already a key"],
    ["kit.minor+mum@example.org", "kit.minor@example.org", "a sub-address is dropped"],
    ["Kit.Minor+Mum@Example.ORG", "kit.minor@example.org", "case is ignored"],
    ["  kit.minor+mum@example.org \t", "kit.minor@example.org", "surrounding spaces are ignored"],
    ["kit+a+b@example.org", "kit@example.org", "everything from the first + goes"],
    ["kit+@example.org", "kit@example.org", "an empty tag"],
    ["+kit@example.org", "+kit@example.org", "a leading + has no mailbox before it: kept"],
    ["kit.minor@example.org", "kit.minor@example.org", "dots matter outside Gmail"],
    ["k.i.t.minor@gmail.com", "kitminor@gmail.com", "Gmail ignores dots"],
    ["K.it+school@GoogleMail.com", "kit@gmail.com", "googlemail.com is gmail.com"],
    ["kit-mum@example.org", "kit-mum@example.org", "a hyphen is not a sub-address separator"],
    ["kit@mail.example.org", "kit@mail.example.org", "subdomains are kept"],
    ["kit@gmail.com.evil.test", "kit@gmail.com.evil.test", "only gmail.com itself is Gmail"],
    ['"kit@home"@example.org', '"kit@home"@example.org', "the domain follows the last @"],
    ["not an address", "not an address", "no @: only its own spelling"],
    ["kit@", "kit@", "no domain"],
    ["@example.org", "@example.org", "no local part"],
  ])("%s → %s (%s)", (address, key) => {
    expect(mailboxKey(address)).toBe(key);
  });
});

describe("sameMailbox", () => {
  it.each([
    ["kit.minor@example.org", "kit.minor+mum@example.org", true],
    ["kit.minor@example.org", "KIT.MINOR+MUM@EXAMPLE.ORG", true],
    ["kitminor+x@gmail.com", "kit.minor+y@googlemail.com", true],
    ["kit.minor@example.org", "kitminor@example.org", false],
    ["kit.minor@example.org", "kit.minor.mum@example.org", false],
    ["kit.minor@example.org", "kit.minor-mum@example.org", false],
    ["kit@gmail.com", "kit@outlook.com", false],
    ["kit@example.org", "kit@example.org.uk", false],
  ])("%s and %s → %s", (a, b, same) => {
    expect(sameMailbox(a, b)).toBe(same);
    expect(sameMailbox(b, a)).toBe(same);
  });
});

// Address-shaped strings: a local part of letters, digits, dots and hyphens, at a plain domain.
const localPart = fc.stringMatching(/^[a-zA-Z0-9][a-zA-Z0-9.-]{0,15}$/);
const tag = fc.stringMatching(/^[a-zA-Z0-9.+-]{0,10}$/);
const domain = fc.constantFrom("example.org", "Example.ORG", "gmail.com", "googlemail.com", "school.test");

describe("mailboxKey properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(mailboxKey(mailboxKey(s))).toBe(mailboxKey(s));
      }),
    );
    fc.assert(
      fc.property(localPart, tag, domain, (l, t, d) => {
        const key = mailboxKey(`${l}+${t}@${d}`);
        expect(mailboxKey(key)).toBe(key);
      }),
    );
  });

  it("a+x@d is the mailbox a@d, in any case and with spaces around", () => {
    fc.assert(
      fc.property(localPart, tag, domain, (l, t, d) => {
        expect(sameMailbox(` ${l}+${t}@${d.toUpperCase()} `, `${l}@${d}`)).toBe(true);
      }),
    );
  });

  it("different mailboxes stay different", () => {
    fc.assert(
      fc.property(localPart, localPart, domain, (a, b, d) => {
        // Outside Gmail the local part is compared as written (ignoring case).
        const plain = d.toLowerCase() !== "gmail.com" && d.toLowerCase() !== "googlemail.com";
        fc.pre(plain && a.toLowerCase() !== b.toLowerCase());
        expect(sameMailbox(`${a}@${d}`, `${b}@${d}`)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(localPart, (l) => {
        expect(sameMailbox(`${l}@example.org`, `${l}@school.test`)).toBe(false);
      }),
    );
  });
});
