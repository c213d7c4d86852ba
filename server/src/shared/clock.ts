/** Where "now" comes from, so that due dates and deadlines can be tested on fixed dates. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
