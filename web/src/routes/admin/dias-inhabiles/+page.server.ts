import { fail, redirect } from "@sveltejs/kit";
import { graphql } from "$lib/graphql/generated";
import { api } from "$lib/server/api";
import { requireUser, setFlash, takeFlash } from "$lib/server/session";
import { text } from "$lib/server/form";
import { errorText } from "$lib/admin";
import type { Actions, PageServerLoad } from "./$types";

const Holidays = graphql(`
  query Holidays($year: Int!) {
    holidays(year: $year) {
      id
      date
      name
      kind
      editable
    }
  }
`);

const CreateClosure = graphql(`
  mutation CreateClosure($input: CreateClosureInput!) {
    createClosure(input: $input) {
      holiday {
        date
      }
      userErrors {
        message
      }
    }
  }
`);
const DeleteClosure = graphql(`
  mutation DeleteClosure($input: DeleteClosureInput!) {
    deleteClosure(input: $input) {
      deletedId
      userErrors {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async ({ locals, url, cookies }) => {
  const { token } = requireUser(locals);
  const thisYear = new Date().getFullYear();
  const asked = Number(url.searchParams.get("anio"));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  return { year, holidays: (await api(token, Holidays, { year })).data.holidays, flash: takeFlash(cookies, url) };
};

export const actions: Actions = {
  create: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const form = await request.formData();
    const date = text(form, "date");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(400, { error: "Elija la fecha del cierre" });
    const { holiday, userErrors } = (await api(token, CreateClosure, { input: { date, name: text(form, "name") } })).data.createClosure;
    if (!holiday) return fail(400, { error: errorText(userErrors, "No se pudo registrar el cierre") });
    setFlash(cookies, url, "Cierre registrado: los plazos nuevos lo descuentan.");
    redirect(303, `${url.pathname}?anio=${date.slice(0, 4)}`);
  },
  delete: async ({ locals, request, cookies, url }) => {
    const { token } = requireUser(locals);
    const { deletedId, userErrors } = (await api(token, DeleteClosure, { input: { id: text(await request.formData(), "id") } })).data.deleteClosure;
    if (!deletedId) return fail(400, { error: errorText(userErrors, "No se pudo quitar el cierre") });
    setFlash(cookies, url, "Cierre quitado.");
    redirect(303, url.pathname + url.search);
  },
};
