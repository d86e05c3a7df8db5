/**
 * Cyrillic and Greek capitals drawn like Latin ones, as their Latin letter. Plates in Cyrillic
 * countries (Ukraine, Russia, Bulgaria, ...) and Greece use only such letters, so a camera that
 * reads one alphabet and a driver who types the other see the same plate.
 */
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic (І is Ukrainian)
  А: 'A', В: 'B', Е: 'E', І: 'I', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  // Greek
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LATIN_LOOK_ALIKES).join('')}]`, 'g');

/**
 * Number plates are compared only in their normalised form: upper case, letters and digits only,
 * accents dropped and Cyrillic or Greek look-alikes folded to Latin. "ma19 xyz", "MA19-XYZ" and
 * "MA19XYZ" are the same plate, and so are "АВ1234СЕ" in Cyrillic and "AB1234CE" in Latin.
 * Letters with no Latin twin (Д, Ж, Λ, ...) are dropped like punctuation.
 */
export function normalisePlate(raw: string): string {
  return raw
    .normalize('NFKD')
    .toUpperCase()
    .replace(LOOK_ALIKE, (letter) => LATIN_LOOK_ALIKES[letter]!)
    .replace(/[^A-Z0-9]/g, '');
}

/** A normalised plate a registration can have: 2 to 12 letters and digits. */
export function isPlausiblePlate(normalised: string): boolean {
  return normalised.length >= 2 && normalised.length <= 12;
}
