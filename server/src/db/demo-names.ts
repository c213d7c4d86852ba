// Names for the demo data: staff accounts, crews and water-service customers typical of northern Sinaloa.
import type { Role } from "../generated/prisma/enums.ts";

export interface DemoStaff {
  username: string;
  fullName: string;
  role: Role;
}

export const DEMO_STAFF: DemoStaff[] = [
  { username: "front_desk", fullName: "Ana Lucía Valdez Ochoa", role: "FRONT_DESK" },
  { username: "front_desk2", fullName: "Karla Yesenia Beltrán Soto", role: "FRONT_DESK" },
  { username: "head", fullName: "Ramón Armenta Castro", role: "HEAD" },
  { username: "manager", fullName: "María Guadalupe Leyva Angulo", role: "MANAGER" },
  { username: "verifier", fullName: "Jesús Manuel Bojórquez Lugo", role: "VERIFIER" },
  { username: "verifier2", fullName: "Omar Alonso Gastélum Ruiz", role: "VERIFIER" },
  { username: "registry", fullName: "Claudia Patricia Rubio Sánchez", role: "REGISTRY" },
  { username: "follow_up", fullName: "Héctor Iván Zazueta Medina", role: "FOLLOW_UP" },
  { username: "collections", fullName: "Martín Alberto Urías Verdugo", role: "COLLECTIONS" },
  { username: "cashier", fullName: "Rosa Elena Cota Quintero", role: "CASHIER" },
  { username: "it", fullName: "Luis Fernando Aispuro Ríos", role: "IT" },
  { username: "auditor", fullName: "Norma Alicia Tirado Espinoza", role: "AUDITOR" },
  { username: "admin", fullName: "Francisco Javier Montoya Leal", role: "ADMIN" },
];

export const DEMO_CREWS = [
  { name: "Cuadrilla 1", leaderName: "Juan Carlos Osuna Félix" },
  { name: "Cuadrilla 2", leaderName: "Rigoberto Sauceda Lara" },
  { name: "Cuadrilla 3", leaderName: "Efraín Castro Vega" },
  { name: "Cuadrilla 4", leaderName: "Manuel de Jesús Sicairos Páez" },
] as const;

export const MALE_NAMES = [
  "José", "Juan", "Jesús", "Francisco", "Manuel", "Luis", "Carlos", "Jorge", "Miguel Ángel", "José Luis",
  "Ramón", "Rafael", "Héctor", "Martín", "Raúl", "Sergio", "Arturo", "Alejandro", "Fernando", "Ricardo",
  "Rubén", "Óscar", "Efraín", "Abel", "Joel", "Germán", "Ismael", "Noé", "Julián", "Adrián",
  "Iván", "Ángel", "Andrés", "Tomás", "Víctor", "Eduardo", "Roberto", "Gerardo", "Alfredo", "Ernesto",
  "Jesús Alberto", "Juan Pablo", "José Ángel", "Heriberto", "Baltazar", "Crisóforo", "Ezequiel", "Fausto",
] as const;

export const FEMALE_NAMES = [
  "María", "María Guadalupe", "Guadalupe", "Rosa María", "Ana", "Juana", "Margarita", "Verónica", "Patricia", "Leticia",
  "Yolanda", "Alejandra", "Claudia", "Sofía", "Fernanda", "Karla", "Daniela", "Mónica", "Martha", "Teresa",
  "Silvia", "Araceli", "Elena", "Lucía", "Irma", "Norma", "Rocío", "Adriana", "Gabriela", "Beatriz",
  "Josefina", "Dolores", "Carmen", "Esperanza", "Itzel", "Ximena", "Perla", "Brenda", "Yesenia", "Berenice",
  "María de Jesús", "Ana Karen", "Concepción", "Reyna", "Socorro", "Zulema", "Ramona", "Trinidad",
] as const;

export const SURNAMES = [
  "Pérez", "Núñez", "Ibarra", "Félix", "Camacho", "López", "Valenzuela", "Inzunza", "García", "Hernández",
  "Martínez", "Rodríguez", "Sánchez", "Ramírez", "Torres", "Flores", "Gómez", "Díaz", "Reyes", "Cruz",
  "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ruiz", "Castro", "Romero", "Álvarez", "Mendoza", "Medina",
  "Vega", "Soto", "Lugo", "Gastélum", "Bojórquez", "Zazueta", "Urías", "Armenta", "Leyva", "Angulo",
  "Cota", "Quintero", "Verdugo", "Beltrán", "Sauceda", "Osuna", "Gámez", "Páez", "Rubio", "Sicairos",
  "Tirado", "Aispuro", "Escobar", "Moreno", "Acosta", "Salazar", "Espinoza", "Montoya", "Báez", "Olivas",
  "Meza", "Apodaca", "Rocha", "Higuera", "Borboa", "Gaxiola", "Elenes", "Valdez", "Castañeda", "Peña",
  "Sepúlveda", "Zavala", "Cázarez", "Lizárraga", "Ochoa", "Rochín", "Heredia", "Iribe", "Velázquez", "Carrillo",
] as const;

export const EMAIL_DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"] as const;
