// Emails in the language they were asked for: the words come from the message catalogues (server/i18n),
// English stays word for word what it was, and the HTML says which language it is in.
import { describe, expect, it } from "vitest";
import { consentGivenMail, consentWithdrawnMail, guardianConsentMail } from "./consent-templates.ts";
import { UNNAMED_PARTICIPANT } from "../people/rules.ts";
import { registrationConfirmedMail } from "./registration-templates.ts";
import { forGuardianOf, greeting, signInMail, withPreferencesFooter } from "./templates.ts";

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
    const unnamed = guardianConsentMail({ ...params, url, locale: "cy", firstName: UNNAMED_PARTICIPANT });
    expect(unnamed.subject).toBe("Angen caniatâd: mae Cyfranogwr eisiau cymryd rhan yn Hack Leeds");
    expect(guardianConsentMail({ ...params, firstName: UNNAMED_PARTICIPANT }).subject).toBe(
      "Consent needed: A participant wants to take part in Hack Leeds",
    );
    for (const welsh of [mail, reminder, reconfirm, unnamed])
      expect(welsh.text).not.toMatch(/\b(the|you|your|link)\b/);
  });
});

describe("the emails to the young person about their place", () => {
  const english = "https://festival.example/events/hack-leeds/registration";
  const welsh = "https://festival.example/cy/events/hack-leeds/registration";
  const confirmed = {
    recipientName: "Sam",
    eventName: "Hack Leeds",
    startsAt: "Sat 13 Jun 2026, 09:00 BST",
    centre: { name: "Leeds Library", addressLine: "Calverley St" },
    checkInCode: "K7P2QX",
    url: english,
  };

  it("are in English unless asked otherwise, word for word as before", () => {
    const placed = registrationConfirmedMail(confirmed);
    expect(placed.subject).toBe("You're registered for Hack Leeds");
    expect(placed.text).toBe(
      "You're registered for Hack Leeds\n\nHello Sam,\n\nYour place at Hack Leeds at Leeds Library, Calverley St is confirmed. It starts Sat 13 Jun 2026, 09:00 BST.\n\nYour check-in code is K7P2QX. Show it at the door, or the QR code on your registration page.\n\nYou can change your answers or withdraw from your registration page.\n\nOpen your registration: https://festival.example/events/hack-leeds/registration\n",
    );
    expect(placed.html).toContain('<html lang="en-GB">');
    expect(placed.locale).toBeUndefined();
    expect(registrationConfirmedMail({ ...confirmed, centre: null }).text).toContain(
      "Your place at Hack Leeds is confirmed. It starts Sat 13 Jun 2026, 09:00 BST.",
    );
    expect(
      registrationConfirmedMail({ ...confirmed, centre: { name: "Online", addressLine: "" } }).text,
    ).toContain("Your place at Hack Leeds at Online is confirmed.");

    const given = { recipientName: null, eventName: "Hack Leeds", checkInCode: "K7P2QX", url: english };
    const yes = consentGivenMail({ ...given, photo: true, publicCredit: false });
    expect(yes.subject).toBe("You can take part in Hack Leeds");
    expect(yes.text).toContain("Hello,\n\nYour parent or guardian gave their consent");
    expect(yes.text).toContain(
      "They also chose: photos and video of you may be taken and shared, and your nickname may not be shown with your team's public project.",
    );
    expect(consentGivenMail({ ...given, photo: false, publicCredit: true }).text).toContain(
      "photos and video of you may not be taken and shared, and your nickname may be shown",
    );
    const withdrawn = consentWithdrawnMail({ recipientName: "Sam", eventName: "Hack Leeds", url: english });
    expect(withdrawn.subject).toBe("Your guardian withdrew consent for Hack Leeds");
    expect(withdrawn.text).toContain(
      "Until they consent again you can't join or change a team, and you can't take part on the day.",
    );
  });

  it("are in Welsh for a registration made in Welsh, with the Welsh registration page", () => {
    const placed = registrationConfirmedMail({ ...confirmed, url: welsh, locale: "cy" });
    expect(placed.subject).toBe("Rydych chi wedi cofrestru ar gyfer Hack Leeds");
    expect(placed.text).toContain("Helo Sam,");
    expect(placed.text).toContain("Eich cod cyrraedd yw K7P2QX.");
    expect(placed.text).toContain("yn Leeds Library, Calverley St, wedi'i gadarnhau");
    expect(placed.text).toContain(`Agor eich cofrestriad: ${welsh}`);
    expect(placed.html).toContain('<html lang="cy">');
    expect(placed.locale).toBe("cy");

    const given = { recipientName: "Sam", eventName: "Hack Leeds", checkInCode: "K7P2QX", url: welsh };
    const yes = consentGivenMail({ ...given, photo: true, publicCredit: true, locale: "cy" });
    const no = consentGivenMail({ ...given, photo: false, publicCredit: false, locale: "cy" });
    expect(yes.subject).toBe("Gallwch chi gymryd rhan yn Hack Leeds");
    expect(yes.text).toContain("caiff lluniau a fideo ohonoch chi eu tynnu a'u rhannu");
    expect(no.text).toContain("chaiff lluniau a fideo ohonoch chi ddim eu tynnu na'u rhannu");
    expect(no.text).toContain("chaiff eich llysenw ddim ei ddangos");
    const withdrawn = consentWithdrawnMail({
      recipientName: null,
      eventName: "Hack Leeds",
      url: welsh,
      locale: "cy",
    });
    expect(withdrawn.text).toMatch(/^[^\n]+\n\nHelo,\n\n/);
    expect(withdrawn.subject).toContain("wedi tynnu caniatâd yn ôl ar gyfer Hack Leeds");
    for (const mail of [placed, yes, no, withdrawn]) {
      expect(mail.text).not.toMatch(/\b(the|you|your|Hello|Open)\b/);
      expect(mail.link).toBe(welsh);
    }
  });

  it("keep their language in what sending adds: the note to a guardian and the preferences footer", () => {
    const welshMail = consentGivenMail({
      recipientName: "Mia",
      eventName: "Hack Leeds",
      photo: false,
      publicCredit: false,
      checkInCode: "K7P2QX",
      url: welsh,
      locale: "cy",
    });
    const forGuardian = forGuardianOf(welshMail, "Mia");
    expect(forGuardian.text).toMatch(/^Mae'r e-bost hwn am Mia, sydd â phroffil rydych chi'n ei gadw/);
    expect(forGuardianOf(welshMail, null).text).toMatch(/^Mae'r e-bost hwn am eich plentyn,/);
    expect(withPreferencesFooter(welshMail, "https://festival.example/account").text).toContain(
      "Gallwch chi ddewis pa rai o'r negeseuon e-bost hyn rydych chi'n eu cael ar dudalen eich cyfrif: https://festival.example/account",
    );
    const englishMail = consentWithdrawnMail({ recipientName: "Mia", eventName: "Hack Leeds", url: english });
    expect(forGuardianOf(englishMail, null).text).toMatch(
      /^This email is about your child, whose profile you keep on Festival of Code\./,
    );
    expect(withPreferencesFooter(englishMail, "https://x/account").text).toContain(
      "You can choose which of these emails you get on your account page: https://x/account",
    );
    expect(greeting("Mia")).toBe("Hello Mia,");
    expect(greeting("Mia", "cy")).toBe("Helo Mia,");
  });
});
