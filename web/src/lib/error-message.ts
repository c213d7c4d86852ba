/** The Spanish message for an error SvelteKit did not expect (a bug, or a page that does not exist). */
export function unexpectedErrorMessage(status: number): string {
  return status === 404 ? "La página que busca no existe." : "Ocurrió un error inesperado. Intente de nuevo en unos momentos.";
}
