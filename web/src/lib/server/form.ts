// Helpers for form actions: reading fields and turning the API's userErrors into per-field messages.

export type FieldErrors = Record<string, string>;

/** A trimmed text field ("" when absent). Lengths are checked by each action against the API's limits. */
export function text(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}

export function oneOf<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

/** userErrors by input field (the last segment of `field`); errors without a known field go to `form`. */
export function userErrorsByField(userErrors: { field?: string | null; message: string }[], fields: readonly string[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of userErrors) {
    const name = e.field?.split(".").at(-1);
    const key = name && fields.includes(name) ? name : "form";
    errors[key] = errors[key] ? `${errors[key]} ${e.message}` : e.message;
  }
  return errors;
}
