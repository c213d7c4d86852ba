import { Authorized, Field } from "type-graphql";
import type { Grant } from "../auth/policies.ts";

type ReturnTypeFunc = Parameters<typeof Field>[0] & (() => unknown);

/**
 * A sensitive field: nullable, and readable only by `readers`; anyone else gets null plus a FORBIDDEN error at
 * that path. `simple: false` matters: type-graphql skips the auth check on simple (default-resolved) fields.
 */
export function RestrictedField(readers: readonly Grant[], returnType: ReturnTypeFunc, description: string): PropertyDecorator & MethodDecorator {
  return (prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    Field(returnType, { nullable: true, simple: false, description: `${description} Restricted: ${readers.join(", ")}.` })(prototype, propertyKey, descriptor!);
    Authorized(...readers)(prototype, propertyKey, descriptor!);
  };
}
