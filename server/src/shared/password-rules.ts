// What makes a staff password acceptable: one rule for the API (which enforces it) and the portal (input limits and
// the hint under the field). Keep it free of runtime imports.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
export const PASSWORD_HINT = `Al menos ${PASSWORD_MIN_LENGTH} caracteres, con letras y números, y sin su nombre de usuario.`;

/** Why `password` is not acceptable for `username`, or null when it is. `forbidden` lists passwords never allowed here. */
export function passwordProblem(password: string, username: string, forbidden: readonly string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `La contraseña debe tener al menos ${PASSWORD_MIN_LENGTH} caracteres`;
  if (password.length > PASSWORD_MAX_LENGTH) return `La contraseña admite hasta ${PASSWORD_MAX_LENGTH} caracteres`;
  if (!/\p{L}/u.test(password) || !/\p{N}/u.test(password)) return "La contraseña debe combinar letras y números";
  if (username && password.toLowerCase().includes(username.toLowerCase())) return "La contraseña no debe contener el nombre de usuario";
  if (new Set(password).size < 4) return "La contraseña repite demasiado los mismos caracteres";
  if (forbidden.includes(password)) return "Esa contraseña no está permitida en este sistema";
  return null;
}
