/** The advice the manual asks the counter to give when the meter is fine and there is no external leak (workflow 1). */
export const STANDARD_ADVICE = {
  fugas: "Revisar que no haya fugas dentro del domicilio (tinacos, sanitarios, llaves)",
  racionar: "Racionar el consumo de agua",
  medidor: "Vigilar el medidor para mantenerse dentro del consumo mínimo",
} as const;
