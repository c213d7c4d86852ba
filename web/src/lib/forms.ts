// What a form shows after a round trip to the server: the values to put back, and its errors announced and focused.
import { tick } from "svelte";
import type { Attachment } from "svelte/attachments";

type Values = Record<string, string>;

/**
 * The values to fill a form with: those of a refused submission (`form.values`), else what was typed before the
 * session expired (`data.restoredForm`, given back by the hook after login), else none.
 */
export function formValues(form: { values?: Values } | null | undefined, data: { restoredForm?: Values | null }): Values {
  return form?.values ?? data.restoredForm ?? {};
}

/** `aria-invalid` and `aria-describedby` of a field: its error message when it has one, else its hint (if any). */
export function fieldErrorAttributes(errors: Values, name: string, hint?: string) {
  return { "aria-invalid": errors[name] ? ("true" as const) : undefined, "aria-describedby": errors[name] ? `${name}-error` : hint };
}

/**
 * On a form: after each refused submission, focus moves to the first field in error (its `aria-describedby`
 * message is read out with it), or to the form's own message (`data-form-error`) when no field is at fault.
 */
export function focusFirstError(errors: Values | null | undefined): Attachment<HTMLFormElement> {
  return (form) => {
    if (!errors || !Object.keys(errors).length) return;
    void tick().then(() => {
      const target = form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>("[data-form-error]");
      target?.focus();
    });
  };
}
