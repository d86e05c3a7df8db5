/**
 * VAT for receipts. Prices are tax-inclusive, as UK and EU drivers expect: the VAT is the part of
 * the total at the lot country's standard rate. Lots carry an IANA time zone, not a country; the
 * zone names the country for every zone listed here (one country each). A lot elsewhere gets a
 * receipt without VAT (rate 0, country `ZZ`).
 */
const COUNTRY_OF_ZONE: Record<string, string> = {
  'Europe/London': 'GB',
  'Europe/Belfast': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE',
  'Europe/Amsterdam': 'NL',
  'Europe/Brussels': 'BE',
  'Europe/Luxembourg': 'LU',
  'Europe/Madrid': 'ES',
  'Europe/Rome': 'IT',
  'Europe/Lisbon': 'PT',
  'Europe/Vienna': 'AT',
  'Europe/Zurich': 'CH',
  'Europe/Stockholm': 'SE',
  'Europe/Copenhagen': 'DK',
  'Europe/Oslo': 'NO',
  'Europe/Helsinki': 'FI',
  'Europe/Warsaw': 'PL',
  'Europe/Prague': 'CZ',
};

/** Standard VAT rates in basis points (2026). */
const STANDARD_RATE_BPS: Record<string, number> = {
  GB: 2000,
  IE: 2300,
  FR: 2000,
  DE: 1900,
  NL: 2100,
  BE: 2100,
  LU: 1700,
  ES: 2100,
  IT: 2200,
  PT: 2300,
  AT: 2000,
  CH: 810,
  SE: 2500,
  DK: 2500,
  NO: 2500,
  FI: 2550,
  PL: 2300,
  CZ: 2100,
};

export interface VatRate {
  country: string;
  bps: number;
}

export function vatRateForZone(timeZone: string): VatRate {
  const country = COUNTRY_OF_ZONE[timeZone] ?? 'ZZ';
  return { country, bps: STANDARD_RATE_BPS[country] ?? 0 };
}

/** The VAT inside a tax-inclusive `total` (minor units), rounded to the minor unit. */
export function vatIncluded(total: number, rate: VatRate): number {
  return Math.round((total * rate.bps) / (10_000 + rate.bps));
}
