// Streets, neighbourhoods and approximate centres of the localities of Angostura, Sinaloa, for the demo data.

/** Approximate centre of each locality and the collection crew that covers it. */
export const LOCALITY_GEO: Record<string, { latitude: number; longitude: number; crew: string; weight: number }> = {
  "Angostura": { latitude: 25.3653, longitude: -108.1618, crew: "Cuadrilla 1", weight: 40 },
  "La Reforma": { latitude: 25.0836, longitude: -108.0553, crew: "Cuadrilla 2", weight: 24 },
  "Gustavo Díaz Ordaz": { latitude: 25.4411, longitude: -108.0969, crew: "Cuadrilla 3", weight: 6 },
  "Alhuey": { latitude: 25.4589, longitude: -108.1742, crew: "Cuadrilla 3", weight: 5 },
  "Colonia Agrícola México": { latitude: 25.5203, longitude: -108.1040, crew: "Cuadrilla 3", weight: 4 },
  "El Batallón": { latitude: 25.2956, longitude: -108.2130, crew: "Cuadrilla 3", weight: 3 },
  "Costa Azul": { latitude: 25.1250, longitude: -108.1380, crew: "Cuadrilla 2", weight: 3 },
  "La Brecha": { latitude: 25.3930, longitude: -108.3890, crew: "Cuadrilla 4", weight: 4 },
  "Capomos": { latitude: 25.4320, longitude: -108.2520, crew: "Cuadrilla 4", weight: 3 },
  "Chinitos": { latitude: 25.5010, longitude: -108.2310, crew: "Cuadrilla 4", weight: 3 },
  "Campo Plata": { latitude: 25.3310, longitude: -108.0520, crew: "Cuadrilla 2", weight: 2 },
  "Colonia Agrícola Independencia": { latitude: 25.4120, longitude: -108.0210, crew: "Cuadrilla 4", weight: 3 },
};

export const STREETS = [
  "Av. Insurgentes", "Calle Benito Juárez", "Blvd. Agricultura", "Av. Álvaro Obregón", "Calle Miguel Hidalgo",
  "Calle Francisco I. Madero", "Calle Ignacio Zaragoza", "Calle Emiliano Zapata", "Calle Vicente Guerrero",
  "Calle 5 de Mayo", "Calle Gabriel Leyva", "Calle Niños Héroes", "Av. Rosales", "Calle José María Morelos",
  "Calle Juan Aldama", "Calle Ignacio Allende", "Calle Lázaro Cárdenas", "Calle Venustiano Carranza",
  "Calle General Ángel Flores", "Calle 20 de Noviembre", "Blvd. Pedro Infante", "Calle Ejido", "Calle Pesqueira",
  "Calle Mariano Escobedo", "Av. Revolución", "Calle Constitución", "Calle Río Évora", "Calle Sinaloa",
  "Calle Sonora", "Calle Durango", "Calle Guillermo Prieto", "Calle Melchor Ocampo",
] as const;

export const TOWN_NEIGHBORHOODS = [
  "Centro", "Col. Popular", "Col. Burócrata", "Col. Infonavit", "Fracc. Los Pinos", "Col. Ejidal", "Col. Las Flores",
  "Col. Nueva", "Col. Magisterial", "Col. Lázaro Cárdenas", "Col. San Martín", "Fracc. Jardines del Évora",
] as const;

export const VILLAGE_NEIGHBORHOODS = ["Centro", "Col. Ejidal", "Col. Nueva", "Col. Emiliano Zapata"] as const;

/** Localities big enough to have many neighbourhoods. */
export const TOWNS = new Set(["Angostura", "La Reforma"]);

export const METER_BRANDS = [
  { brand: "Cicasa", code: "CIC" },
  { brand: "Badger Meter", code: "BDG" },
  { brand: "Itron", code: "ITR" },
  { brand: "Elster", code: "ELS" },
  { brand: "Zenner", code: "ZEN" },
  { brand: "Sensus", code: "SEN" },
] as const;
