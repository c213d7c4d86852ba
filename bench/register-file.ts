// Writes a register file of `rows` customers + connections + meters + opening balances in the documented layout
// (README "Importar el padrón"), streamed to disk. Deterministic: the same `seed` gives the same bytes.
import fs from "node:fs";
import { once } from "node:events";
import { LOCALITY_NAMES } from "../server/src/db/catalogs.ts";
import { STREETS } from "../server/src/db/demo-places.ts";

const GIVEN = ["María", "José", "Juan", "Guadalupe", "Francisco", "Ana", "Jesús", "Rosa", "Luis", "Carmen", "Miguel", "Leticia"];
const SURNAMES = ["López", "García", "Hernández", "Martínez", "Valenzuela", "Inzunza", "Castro", "Leyva", "Félix", "Soto", "Armenta", "Zazueta"];

export const HEADER = "numero_control,nombre,curp,telefono,correo,calle,numero_exterior,colonia,localidad,tipo,medidor_serie,medidor_marca,medidor_instalado,lectura_m3,saldo_inicial";

export async function writeRegisterFile(file: string, rows: number, { seed = 1, firstControlNumber = 500001 } = {}) {
  let state = seed;
  const rand = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
  const out = fs.createWriteStream(file);
  const write = async (line: string) => {
    if (!out.write(`${line}\n`)) await once(out, "drain");
  };
  await write(HEADER);
  for (let i = 0; i < rows; i++) {
    const name = `${GIVEN[rand(GIVEN.length)]} ${SURNAMES[rand(SURNAMES.length)]} ${SURNAMES[rand(SURNAMES.length)]} ${i}`;
    const phone = rand(3) ? `697${String(1_000_000 + rand(8_999_999))}` : "";
    const balance = rand(4) ? "0" : `${rand(5000)}.${String(rand(100)).padStart(2, "0")}`;
    await write([
      firstControlNumber + i, `"${name}"`, "", phone, "", `"${STREETS[rand(STREETS.length)]}"`, String(1 + rand(900)), "Centro",
      `"${LOCALITY_NAMES[rand(LOCALITY_NAMES.length)]}"`, rand(10) ? "Doméstica" : "Comercial", `IMP-${firstControlNumber + i}`, "Cicasa",
      "2024-01-15", `${rand(9000)}.${rand(10)}`, balance,
    ].join(","));
  }
  out.end();
  await once(out, "finish");
}
