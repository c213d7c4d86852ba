// Cross-site form posts are refused: the Origin header's host must be this portal's host (scheme aside; see svelte.config.js).

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];
const UNSAFE_METHODS = ["POST", "PUT", "PATCH", "DELETE"];

/** A form sent by a browser (a POST of form fields), as opposed to a page or data request. */
export function isFormSubmission(request: Request): boolean {
  if (!UNSAFE_METHODS.includes(request.method)) return false;
  const type = request.headers.get("content-type")?.split(";")[0].trim().toLowerCase() ?? "";
  return FORM_TYPES.includes(type);
}

export function isCrossSiteForm(request: Request, url: URL): boolean {
  if (!isFormSubmission(request)) return false;
  const origin = request.headers.get("origin");
  if (!origin) return true;
  try {
    return new URL(origin).host !== url.host;
  } catch {
    return true;
  }
}
