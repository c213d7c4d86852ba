// The CURP (Clave Única de Registro de Población) as RENAPO issues it: 18 characters whose structure and last digit
// can be checked without asking RENAPO. Keep this module free of runtime imports: the importer and the portal use it.

export const CURP_LENGTH = 18;

/** Two-letter codes of the 32 federal entities, and NE (nacido en el extranjero: born abroad). */
export const CURP_STATE_CODES = [
  "AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC", "MC", "MN",
  "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS", "NE",
] as const;

// The check digit's alphabet: each character counts as its position (Ñ sits between N and O).
const ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
const VOWELS = "AEIOUX";
const CONSONANTS = "BCDFGHJKLMNÑPQRSTVWXYZ";

/**
 * Position by position: 4 letters from the name (the 2nd an internal vowel of the first surname, or X), birth date
 * YYMMDD, sex (H, M, or X since 2023), state of birth, 3 internal consonants, a differentiator (a digit for people
 * born before 2000, a letter from 2000 on) and the check digit.
 */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/** The CURP as stored: upper case, without spaces. */
export const normalizeCurp = (written: string) => written.normalize("NFC").replace(/\s+/g, "").toUpperCase();

/** What is wrong with a CURP, in Spanish for staff, or null when it is valid. Expects `normalizeCurp`'s output. */
export function curpProblem(curp: string): string | null {
  if (curp.length !== CURP_LENGTH) return `La CURP debe tener ${CURP_LENGTH} caracteres (tiene ${curp.length})`;
  const letters = (from: number, to: number) => [...curp.slice(from, to)].every((c) => c >= "A" && c <= "Z" || c === "Ñ");
  if (!letters(0, 4)) return "Los primeros 4 caracteres de la CURP deben ser letras (iniciales del nombre)";
  if (!VOWELS.includes(curp[1])) return "El segundo carácter de la CURP debe ser una vocal (o X)";
  if (!/^\d{6}$/.test(curp.slice(4, 10))) return "Los caracteres 5 a 10 de la CURP deben ser la fecha de nacimiento (AAMMDD)";
  const differentiator = curp[16];
  if (!/[0-9A-Z]/.test(differentiator)) return "El carácter 17 de la CURP debe ser un dígito o una letra";
  const century = /\d/.test(differentiator) ? 1900 : 2000;
  if (!isCalendarDate(century + Number(curp.slice(4, 6)), Number(curp.slice(6, 8)), Number(curp.slice(8, 10)))) {
    return `La fecha de nacimiento de la CURP (${curp.slice(8, 10)}/${curp.slice(6, 8)}/${curp.slice(4, 6)}) no existe`;
  }
  if (!"HMX".includes(curp[10])) return "El carácter 11 de la CURP (sexo) debe ser H, M o X";
  if (!(CURP_STATE_CODES as readonly string[]).includes(curp.slice(11, 13))) return `«${curp.slice(11, 13)}» no es un código de entidad federativa de la CURP`;
  if (![...curp.slice(13, 16)].every((c) => CONSONANTS.includes(c))) return "Los caracteres 14 a 16 de la CURP deben ser consonantes";
  if (!/\d/.test(curp[17])) return "El último carácter de la CURP debe ser un dígito verificador";
  const expected = curpCheckDigit(curp.slice(0, 17));
  if (Number(curp[17]) !== expected) return `El dígito verificador de la CURP no corresponde (debería ser ${expected}): revise la clave`;
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
