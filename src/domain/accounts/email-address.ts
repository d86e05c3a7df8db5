/** Longest address SMTP can carry (RFC 5321: 254 characters in a path). */
const MAX_EMAIL_LENGTH = 254;
/** Unquoted local part of RFC 5322 (dot-atom), ASCII only. */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** Dot-separated labels of letters (any script), digits and inner hyphens; a dot at least. */
const DOMAIN = /^(?=.{1,253}$)([\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/**
 * The canonical form of an email address, or undefined when it is not one. NFKC first (a
 * full-width "ａ" and "a" are the same address to a person), then trimmed and lower-cased: the
 * users table stores this form, so look-ups and uniqueness are case-insensitive. Quoted local
 * parts and IP-literal domains are refused: real sign-ups do not use them.
 */
export function normaliseEmail(raw: string): string | undefined {
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (email.length > MAX_EMAIL_LENGTH) return undefined;
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return undefined;
  return email;
}
