// Emails in the language they were asked for: the words come from the message catalogues (server/i18n),
// English stays word for word what it was, and the HTML says which language it is in.
import { describe, expect, it } from "vitest";
import { guardianConsentMail } from "./consent-templates.ts";
import { signInMail } from "./templates.ts";

const url = "https://festival.example/cy/signin/confirm?token=abc&email=sam%40example.org";

describe("the sign-in email", () => {
  it("is in English unless asked otherwise, as it always was", () => {
    const mail = signInMail({ url, host: "festival.example" });
    expect(mail.subject).toBe("Sign in to Festival of Code");
    expect(mail.text).toBe(
      `Sign in to Festival of Code\n\nUse the link below to sign in to festival.example. It works once and expires in 24 hours.\n\n${url}\n\nIf you didn't ask for this email, you can ignore it: nobody can sign in without the link.\n`,
    );
    expect(mail.html).toContain('<html lang="en-GB">');
    expect(mail.html).toContain(">Sign in</a>");
    expect(signInMail({ url, host: "festival.example", locale: "en-GB" })).toEqual(mail);
  });

  it("is in Welsh when asked from a Welsh page, with the same link", () => {
    const mail = signInMail({ url, host: "festival.example", locale: "cy" });
    expect(mail.subject).toBe("Mewngofnodi i Festival of Code");
    expect(mail.text).toContain("Defnyddiwch y ddolen isod i fewngofnodi i festival.example.");
    expect(mail.text).toContain(url);
    expect(mail.text).not.toMatch(/Use the link|ignore it/);
    expect(mail.html).toContain('<html lang="cy">');
    expect(mail.html).toContain(`href="${url.replaceAll("&", "&amp;")}"`);
    expect(mail.link).toBe(url);
    expect(mail.kind).toBe("sign-in");
  });
});

describe("the email asking a guardian for consent", () => {
  const params = {
    eventName: "Hack Leeds",
    firstName: "Sam",
    url: "https://festival.example/consent/t",
    expiresInDays: 14,
  };

  it("is in English unless asked otherwise, word for word as before", () => {
    const mail = guardianConsentMail(params);
    expect(mail.subject).toBe("Consent needed: Sam wants to take part in Hack Leeds");
    expect(mail.text).toContain(
      "Sam has registered for Hack Leeds on Festival of Code and gave this address as their parent or guardian's.",
    );
    expect(mail.text).toContain("The link works for 14 days.");
    expect(mail.html).toContain(">Read and give consent</a>");
    const reminder = guardianConsentMail({ ...params, reminder: { number: 2, of: 3 } });
    expect(reminder.subject).toBe("Reminder: Consent needed: Sam wants to take part in Hack Leeds");
    expect(reminder.text).toContain("(reminder 2 of 3; earlier links no longer work)");
    const reconfirm = guardianConsentMail({ ...params, reconfirm: true });
    expect(reconfirm.subject).toBe("Please confirm: the consent wording for Hack Leeds has changed");
    expect(reconfirm.html).toContain(">Read and confirm</a>");
  });

  it("is in Welsh for a registration made in Welsh: first ask, reminder and changed wording", () => {
    const url = "https://festival.example/cy/consent/t";
    const mail = guardianConsentMail({ ...params, url, locale: "cy" });
    expect(mail.subject).toBe("Angen caniatâd: mae Sam eisiau cymryd rhan yn Hack Leeds");
    expect(mail.text).toContain("Mae'r ddolen yn gweithio am 14 diwrnod.");
    expect(mail.html).toContain('<html lang="cy">');
    expect(mail.html).toContain(">Darllen a rhoi caniatâd</a>");
    expect(mail.link).toBe(url);
    const reminder = guardianConsentMail({ ...params, url, locale: "cy", reminder: { number: 2, of: 3 } });
    expect(reminder.subject).toMatch(/^Nodyn atgoffa: /);
    expect(reminder.text).toContain("nodyn atgoffa 2 o 3");
    const reconfirm = guardianConsentMail({ ...params, url, locale: "cy", reconfirm: true });
    expect(reconfirm.subject).toContain("geiriad y caniatâd ar gyfer Hack Leeds");
    for (const welsh of [mail, reminder, reconfirm])
      expect(welsh.text).not.toMatch(/\b(the|you|your|link)\b/);
  });
});
