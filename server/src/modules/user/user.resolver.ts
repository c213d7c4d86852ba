import { Arg, Args, Authorized, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import { MaxText } from "../../shared/validation.ts";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { Connection, PageArgs } from "../../shared/pagination.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { listUsers } from "./user.service.ts";
import { User } from "./user.type.ts";

@ObjectType({ description: "A page of customers." })
class UserPage extends Connection(User, "User") {}

@InputType({ description: "Filters for the customer list." })
class UserFilter {
  @Field(() => String, { nullable: true, description: "Name (accents and case ignored)." })
  @MaxText(100)
  search?: string;
}

@Resolver(() => User)
export class UserResolver extends NodeResolver(User, "User") {
  @Authorized(...Operations.readUsers)
  @Query(() => UserPage, { description: "Customers (usuarios), filtered by name." })
  users(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => UserFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: UserFilter) {
    return listUsers(ctx as ActingScope, filter, page);
  }

  @FieldResolver(() => [ServiceConnection], { description: "The connections registered to this customer that the caller may see (at most 50)." })
  connections(@Root() row: { id: number }, @Ctx() ctx: Context) {
    return ctx.loaders.connectionsByHolder.load(row.id);
  }
}
