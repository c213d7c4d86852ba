// An order's due date as a countdown in business time, in the words the counter uses: "vence en 3 h hábiles",
// "vencida hace 1 día hábil", "en pausa: quedan 2 días hábiles". One source for the API (WorkOrder.dueCountdown) and
// anything that prints it. Keep it free of runtime imports.

/** Business minutes as the largest whole unit that fits: days of `minutesPerDay`, hours, or minutes. */
export function businessSpan(minutes: number, minutesPerDay: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (minutesPerDay > 0 && m >= minutesPerDay) {
    const days = Math.floor(m / minutesPerDay);
    return `${days} ${days === 1 ? "día hábil" : "días hábiles"}`;
  }
  if (m >= 60) {
    const hours = Math.floor(m / 60);
    return `${hours} h ${hours === 1 ? "hábil" : "hábiles"}`;
  }
  return `${m} min ${m === 1 ? "hábil" : "hábiles"}`;
}

/**
 * `minutes`: business minutes between now and the due date (how long ago it passed, once `overdue`). A paused order
 * gives the time it had left when it was paused (its clock stands still).
 */
export function businessCountdown(c: { minutes: number; overdue: boolean; paused: boolean }, minutesPerDay: number): string {
  const m = Math.abs(c.minutes);
  if (c.paused) return c.overdue ? "Vencida, en pausa" : `En pausa: quedan ${businessSpan(m, minutesPerDay)}`;
  if (c.overdue) return m > 0 ? `Vencida hace ${businessSpan(m, minutesPerDay)}` : "Vencida al cierre de la oficina";
  return m > 0 ? `Vence en ${businessSpan(m, minutesPerDay)}` : "Vence al abrir la oficina";
}
