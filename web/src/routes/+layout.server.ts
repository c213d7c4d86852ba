import type { LayoutServerLoad } from "./$types";

// `url.pathname` is read so that this load runs again on every navigation: a restored form belongs to one page.
export const load: LayoutServerLoad = ({ locals, url }) => ({ user: locals.user, restoredForm: url.pathname ? locals.restoredForm : null });
