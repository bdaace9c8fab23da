/**
 * Which mailbox an email address delivers to, as far as we can tell from the address alone.
 *
 * Two addresses can be spelled differently and still land in the same inbox. That matters wherever
 * one address must belong to a different person from another (a guardian is not the young person they
 * consent for): comparing spellings lets `kit+mum@example.org` pass as someone other than
 * `kit@example.org`, although Gmail, Outlook.com, iCloud, Fastmail, Proton and many self-hosted
 * servers deliver both to Kit.
 *
 * `mailboxKey` folds the spellings we know are the same mailbox into one key:
 * 1. Surrounding spaces are dropped and the whole address is lower-cased. Strictly, a local part may be
 *    case-sensitive, but no provider we know of treats `Kit` and `kit` as two people, and users'
 *    addresses are already stored lower-case.
 * 2. A sub-address is dropped: everything from the first `+` in the local part (`kit+mum` → `kit`),
 *    the separator every major provider uses. A local part that *starts* with `+` is kept whole, since
 *    there is no mailbox name in front of it to fall back to.
 * 3. For Gmail only, dots in the local part are ignored (`k.i.t` → `kit`) and `googlemail.com` is
 *    `gmail.com`: Google documents both as the same account. Other providers treat dots as
 *    significant, so they are kept there.
 *
 * Deliberately not folded, because at those providers (or in general) they are different people far
 * more often than the same one: `-` as a separator (Yahoo's disposable addresses use it, but so do
 * countless real names like `mary-jane`), the same local part at another domain (`kit@gmail.com` and
 * `kit@outlook.com` are usually strangers), and subdomain addressing (`x@kit.fastmail.com`). So this
 * catches the easy, accidental or casual self-consent; it cannot prove two addresses belong to
 * different people (anyone can own two unrelated addresses).
 */
export function mailboxKey(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  // Not an address at all: nothing to fold, so it only matches its own spelling.
  if (at <= 0 || at === address.length - 1) return address;
  let local = address.slice(0, at);
  let domain = address.slice(at + 1);
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (domain === "googlemail.com") domain = "gmail.com";
  if (domain === "gmail.com") local = local.replaceAll(".", "");
  return `${local}@${domain}`;
}

/** Whether two addresses deliver to the same mailbox (see `mailboxKey` for what counts as the same). */
export function sameMailbox(a: string, b: string): boolean {
  return mailboxKey(a) === mailboxKey(b);
}
