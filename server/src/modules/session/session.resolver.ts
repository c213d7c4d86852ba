import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { RequiredText } from "../../shared/validation.ts";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { SESSION_COOKIE } from "../../auth/authenticate.ts";
import { asPayload, UserError } from "../../graphql/user-error.ts";
import { Staff } from "../staff/staff.type.ts";
import { login, logout } from "./session.service.ts";
import { findSelf } from "../staff/staff.service.ts";

@InputType({ description: "A staff member's credentials." })
class LoginInput {
  @Field(() => String, { description: "The staff member's login name." })
  @RequiredText(100)
  username: string;

  @Field(() => String, { description: "The staff member's password." })
  @RequiredText(200)
  password: string;
}

@ObjectType({ description: "A new session: send the token as `Authorization: Bearer <token>` (the portal gets a cookie too)." })
class LoginPayload {
  @Field(() => String, { nullable: true, description: "The session token; null when userErrors is not empty." })
  token?: string;

  @Field(() => Date, { nullable: true, description: "When the session ends unless the staff member logs out before." })
  expiresAt?: Date;

  @Field(() => Staff, { nullable: true, description: "Who logged in." })
  staff?: Staff;

  @Field(() => [UserError], { description: "Why no session was opened; empty on success." })
  userErrors: UserError[];
}

function sessionCookie(ctx: Context, token: string, maxAgeSeconds: number): string {
  const secure = ctx.config.production ? "; Secure" : "";
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; HttpOnly; Path=/; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
}

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginPayload, { description: "Logs a staff member in. Public." })
  async login(@Ctx() ctx: Context, @Arg("input", () => LoginInput, { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." }) input: LoginInput) {
    const payload = await asPayload(input, () => login(ctx, ctx.clientAddress, input.username, input.password));
    if (payload.token && payload.actor) {
      ctx.setCookie(sessionCookie(ctx, payload.token, ctx.config.sessionHours * 3600));
      // the rest of this response (e.g. staff.roles) is read as the staff member who just logged in
      ctx.actor = payload.actor;
      ctx.token = payload.token;
    }
    return payload;
  }

  @Authorized(...Operations.logout)
  @Mutation(() => Boolean, { description: "Ends the caller's session." })
  async logout(@Ctx() ctx: Context) {
    if (ctx.token) await logout(ctx as ActingScope, ctx.token);
    ctx.setCookie(sessionCookie(ctx, "", 0));
    return true;
  }

  @Authorized(...Operations.me)
  @Query(() => Staff, { nullable: true, description: "The logged-in staff member (null for partner keys)." })
  me(@Ctx() ctx: Context) {
    return findSelf(ctx as ActingScope);
  }
}

