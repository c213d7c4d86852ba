// Plans the demo customers, their service connections and meters (pure: no database access).
import type { ConnectionType, DiscountCredentialType } from "../generated/prisma/enums.ts";
import { normalizeForSearch } from "../shared/text.ts";
import type { DemoRandom } from "./demo-random.ts";
import { EMAIL_DOMAINS, FEMALE_NAMES, MALE_NAMES, SURNAMES } from "./demo-names.ts";
import { LOCALITY_GEO, METER_BRANDS, STREETS, TOWNS, TOWN_NEIGHBORHOODS, VILLAGE_NEIGHBORHOODS } from "./demo-places.ts";

export const FIRST_CONTROL_NUMBER = 100001;

export interface PlannedUser {
  fullName: string;
  searchText: string;
  curp: string | null;
  phone: string | null;
  email: string | null;
  discountCredentialType: DiscountCredentialType | null;
  discountCredential: string | null;
  createdAt: Date;
}

export interface PlannedConnection {
  controlNumber: string;
  holderIndex: number;
  street: string;
  exteriorNumber: string | null;
  neighborhood: string | null;
  locality: string;
  type: ConnectionType;
  latitude: number;
  longitude: number;
  createdAt: Date;
  meter: { serialNumber: string; brand: string; installedAt: Date };
}

export interface Person {
  fullName: string;
  firstName: string;
  surname1: string;
  surname2: string;
  female: boolean;
}

export function randomPerson(rand: DemoRandom): Person {
  const female = rand.chance(0.5);
  const firstName = rand.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const surname1 = rand.pick(SURNAMES);
  const surname2 = rand.pick(SURNAMES);
  return { fullName: `${firstName} ${surname1} ${surname2}`, firstName, surname1, surname2, female };
}

const ascii = (text: string) => normalizeForSearch(text).toUpperCase().replace(/[^A-Z ]/g, "");
const VOWELS = "AEIOU";

/** A CURP with the right shape: name letters, birth date, sex, Sinaloa (SL), name consonants, homoclave, digit. */
function curpFor(person: Person, rand: DemoRandom): string {
  const s1 = ascii(person.surname1).replace(/ /g, "");
  const s2 = ascii(person.surname2).replace(/ /g, "");
  const names = ascii(person.firstName).split(" ");
  // compound names starting with José or María use the second name, as RENAPO does
  const given = names.length > 1 && (names[0] === "JOSE" || names[0] === "MARIA") ? names[names.length - 1] : names[0];
  const innerVowel = [...s1.slice(1)].find((c) => VOWELS.includes(c)) ?? "X";
  const innerConsonant = (word: string) => [...word.slice(1)].find((c) => !VOWELS.includes(c)) ?? "X";
  const year = rand.int(1945, 2003);
  const date = `${String(year % 100).padStart(2, "0")}${String(rand.int(1, 12)).padStart(2, "0")}${String(rand.int(1, 28)).padStart(2, "0")}`;
  const homoclave = year < 2000 ? rand.digits(1) : rand.pick([..."ABCDEFGH"]);
  return `${s1[0]}${innerVowel}${s2[0]}${given[0]}${date}${person.female ? "M" : "H"}SL${innerConsonant(s1)}${innerConsonant(s2)}${innerConsonant(given)}${homoclave}${rand.digits(1)}`;
}

function emailFor(person: Person, rand: DemoRandom): string {
  const first = normalizeForSearch(person.firstName).split(" ")[0];
  const last = normalizeForSearch(person.surname1).replace(/[^a-z]/g, "");
  return `${first}.${last}${rand.int(1, 99)}@${rand.pick(EMAIL_DOMAINS)}`;
}

const CREDENTIAL_PREFIX: Record<DiscountCredentialType, string> = { PENSIONER: "PEN", RETIREE: "JUB", EMPLOYEE: "EMP" };

function randomDate(rand: DemoRandom, from: Date, to: Date): Date {
  const day = 86_400_000;
  const days = Math.floor((to.getTime() - from.getTime()) / day);
  return new Date(from.getTime() + rand.int(0, days) * day);
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function planConnection(rand: DemoRandom, holderIndex: number, controlNumber: string, type: ConnectionType, locality?: string): PlannedConnection {
  const place = locality ?? rand.weighted(Object.fromEntries(Object.entries(LOCALITY_GEO).map(([name, g]) => [name, g.weight])));
  const geo = LOCALITY_GEO[place];
  const town = TOWNS.has(place);
  const spread = town ? 0.012 : 0.005;
  const createdAt = randomDate(rand, utc(1998, 1, 1), utc(2025, 12, 31));
  const installedAt = createdAt.getTime() >= utc(2014, 1, 1).getTime() ? createdAt : randomDate(rand, utc(2014, 1, 1), utc(2025, 12, 31));
  const meterBrand = rand.pick(METER_BRANDS);
  return {
    controlNumber,
    holderIndex,
    street: rand.pick(STREETS),
    exteriorNumber: rand.chance(0.04) ? null : rand.chance(0.03) ? "S/N" : String(rand.int(1, town ? 1800 : 400)),
    neighborhood: town ? rand.pick(TOWN_NEIGHBORHOODS) : rand.chance(0.3) ? null : rand.pick(VILLAGE_NEIGHBORHOODS),
    locality: place,
    type,
    latitude: Number((geo.latitude + rand.float(-spread, spread)).toFixed(6)),
    longitude: Number((geo.longitude + rand.float(-spread, spread)).toFixed(6)),
    createdAt,
    meter: {
      serialNumber: `${meterBrand.code}${String(installedAt.getUTCFullYear()).slice(2)}-${controlNumber}`,
      brand: meterBrand.brand,
      installedAt,
    },
  };
}

/** `count` customers, one connection each and a second one for about 3 %; the first is José Pérez Núñez in Angostura. */
export function planPeople(rand: DemoRandom, count: number, firstControlNumber = FIRST_CONTROL_NUMBER): { users: PlannedUser[]; connections: PlannedConnection[] } {
  const users: PlannedUser[] = [];
  const connections: PlannedConnection[] = [];
  const curps = new Set<string>();
  for (let i = 0; i < count; i++) {
    const person: Person = i === 0
      ? { fullName: "José Pérez Núñez", firstName: "José", surname1: "Pérez", surname2: "Núñez", female: false }
      : randomPerson(rand);
    let curp: string | null = null;
    if (i === 0 || rand.chance(0.6)) {
      do curp = curpFor(person, rand); while (curps.has(curp));
      curps.add(curp);
    }
    const credentialType = i > 0 && rand.chance(0.08)
      ? rand.weighted<DiscountCredentialType>({ PENSIONER: 45, RETIREE: 35, EMPLOYEE: 20 })
      : null;
    const first = i === 0
      ? planConnection(rand, i, String(firstControlNumber + connections.length), "DOMESTIC", "Angostura")
      : planConnection(rand, i, String(firstControlNumber + connections.length), rand.weighted<ConnectionType>({ DOMESTIC: 90, COMMERCIAL: 6, PUBLIC: 3, INDUSTRIAL: 1 }));
    connections.push(first);
    if (i > 0 && rand.chance(0.03)) {
      connections.push(planConnection(rand, i, String(firstControlNumber + connections.length), rand.weighted<ConnectionType>({ COMMERCIAL: 60, DOMESTIC: 40 })));
    }
    users.push({
      fullName: person.fullName,
      searchText: normalizeForSearch(person.fullName),
      curp,
      phone: i === 0 || rand.chance(0.7) ? `${rand.chance(0.7) ? "697" : "687"}${rand.digits(7)}` : null,
      email: rand.chance(0.25) ? emailFor(person, rand) : null,
      discountCredentialType: credentialType,
      discountCredential: credentialType ? `${CREDENTIAL_PREFIX[credentialType]}-${rand.digits(credentialType === "EMPLOYEE" ? 4 : 5)}` : null,
      createdAt: first.createdAt,
    });
  }
  return { users, connections };
}
