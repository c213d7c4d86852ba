import { DomainError } from "./errors.ts";

/** Prisma's known request errors that are the caller's doing, as DomainErrors; null for anything else. */
export function translateDatabaseError(error: unknown): DomainError | null {
  const code = (error as { code?: unknown; name?: string })?.code;
  if ((error as { name?: string })?.name !== "PrismaClientKnownRequestError") return null;
  if (code === "P2002") return new DomainError("CONFLICT", "Ya existe un registro con esos datos");
  if (code === "P2025") return new DomainError("NOT_FOUND", "El registro no existe");
  return null;
}
