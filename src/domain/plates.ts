/**
 * Number plates are compared only in their normalised form: upper case, letters and digits only.
 * "ma19 xyz", "MA19-XYZ" and "MA19XYZ" are the same plate.
 */
export function normalisePlate(raw: string): string {
  return raw.normalize('NFKD').toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** A normalised plate a registration can have: 2 to 12 letters and digits. */
export function isPlausiblePlate(normalised: string): boolean {
  return normalised.length >= 2 && normalised.length <= 12;
}
