import { describe, expect, it } from "vitest";
import { auditActionLabel, auditActorRoleLabel, auditEntityLabel } from "../../server/src/shared/audit-labels.ts";

describe("bitácora labels", () => {
  it("should read an audit action as entity and verb in Spanish, and an unknown code as itself", () => {
    expect(auditActionLabel("staff.deactivate")).toBe("Personal: desactivación");
    expect(auditActionLabel("workOrder.escalate")).toBe("Orden de trabajo: escalamiento");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });

  it("should name entity types and the actor's roles in Spanish", () => {
    expect(auditEntityLabel("ServiceConnection")).toBe("Toma");
    expect(auditActorRoleLabel("HEAD,MANAGER")).toBe("Jefatura del departamento, Gerencia comercial");
    expect(auditActorRoleLabel("PARTNER[complaints:write]")).toBe("Sistema externo");
  });
});
