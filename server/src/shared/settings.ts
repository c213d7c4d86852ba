// What each configurable value means and which values it takes: the one registry for the API (validation) and the
// portal (labels, input limits). Keep it free of runtime imports. Defaults live with the catalogs (db/catalogs.ts).

export interface SettingRule {
  /** what the value is, in Spanish, for the settings screen */
  label: string;
  min: number;
  max: number;
  /** whole numbers only */
  integer: boolean;
}

export const SETTING_RULES: Record<string, SettingRule> = {
  socialDiscountPercentage: { label: "Descuento social (porcentaje del consumo)", min: 0, max: 100, integer: false },
  socialDiscountCapM3: { label: "Tope de consumo con descuento social (m³ por periodo)", min: 0, max: 1000, integer: false },
  informationRequestBusinessDays: { label: "Plazo para responder una solicitud de información (días hábiles)", min: 1, max: 60, integer: true },
  informationRequestExtensionDays: { label: "Prórroga de una solicitud de información (días hábiles)", min: 0, max: 30, integer: true },
  delinquencyMinBalance: { label: "Adeudo mínimo para la lista de morosos (MXN)", min: 0, max: 1_000_000, integer: false },
  controlNumberSeriesStart: { label: "Primer número de control de la serie para tomas nuevas", min: 1, max: 999_999_999, integer: true },
  transferRequiresZeroBalance: { label: "Cambio de titular solo con la cuenta al corriente (1 = sí; 0 = el adeudo sigue con la toma)", min: 0, max: 1, integer: true },
  delinquencyMinPeriods: { label: "Periodos vencidos mínimos para la lista de morosos", min: 1, max: 60, integer: true },
  officeOpensAtHour: { label: "Hora de apertura de oficinas (reloj hábil de las metas, 0–23)", min: 0, max: 23, integer: true },
  officeClosesAtHour: { label: "Hora de cierre de oficinas (reloj hábil de las metas, 1–24)", min: 1, max: 24, integer: true },
};

/** The rule of a setting another module added without one: any non-negative number. */
export const DEFAULT_SETTING_RULE: SettingRule = { label: "", min: 0, max: 1_000_000_000, integer: false };

export const settingRule = (key: string): SettingRule => SETTING_RULES[key] ?? { ...DEFAULT_SETTING_RULE, label: key };
