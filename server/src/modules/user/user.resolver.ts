import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { MaxText } from "../../shared/validation.ts";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { idOf } from "../../shared/global-id.ts";
import { Connection, PageArgs } from "../../shared/pagination.ts";
import { ServiceConnection } from "../service-connection/service-connection.type.ts";
import { createUser, findUser, listUsers, updateUser } from "./user.service.ts";
import { mergeUsers } from "./user-merge.service.ts";
import { possibleDuplicates } from "./user-duplicates.service.ts";
import { CreateUserInput, DuplicateCandidate, MergeUsersInput, MergeUsersPayload, PossibleDuplicatesInput, UpdateUserInput, UserPayload } from "./user.inputs.ts";
import { User } from "./user.type.ts";

@ObjectType({ description: "A page of customers." })
class UserPage extends Connection(User, "User") {}

@InputType({ description: "Filters for the customer list." })
class UserFilter {
  @Field(() => String, { nullable: true, description: "Name (accents and case ignored)." })
  @MaxText(100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: "Include records merged into another as duplicates (left out by default)." })
  includeMerged?: boolean;
}

const TYPE = "User";
const INPUT = { description: "The operation's input; rule failures come back in the payload's userErrors, naming the field." };

@Resolver(() => User)
export class UserResolver extends NodeResolver(User, TYPE) {
  @Authorized(...Operations.readUsers)
  @Query(() => UserPage, { description: "Customers (usuarios), filtered by name." })
  users(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => UserFilter, { nullable: true, description: "Optional filters; null or absent lists everything the caller may see." }) filter?: UserFilter) {
    return listUsers(ctx as ActingScope, filter, page);
  }

  @Authorized(...Operations.readUsers)
  @Query(() => User, { nullable: true, description: "One customer by global id; null when there is none or it is out of reach." })
  user(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "Global id of the customer." }) id: string) {
    return findUser(ctx as ActingScope, idOf(TYPE, id));
  }

  @Authorized(...Operations.manageRegister)
  @Query(() => [DuplicateCandidate], { description: "Customers who may be the same person: same CURP, or a similar name with a connection on the same street and locality (at most 10)." })
  possibleDuplicates(@Ctx() ctx: Context, @Arg("input", () => PossibleDuplicatesInput, { description: "An existing customer, or a candidate's data." }) input: PossibleDuplicatesInput) {
    return possibleDuplicates(ctx as ActingScope, {
      ...input,
      userId: input.userId ? idOf(TYPE, input.userId, "userId") : undefined,
      localityId: input.localityId ? idOf("Locality", input.localityId, "localityId") : undefined,
    });
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => UserPayload, { description: "Registers a customer (CURP checked and unique, phone normalised)." })
  createUser(@Ctx() ctx: Context, @Arg("input", () => CreateUserInput, INPUT) input: CreateUserInput) {
    return asPayload(input, () => createUser(ctx as ActingScope, input));
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => UserPayload, { description: "Corrects a customer's data; only the fields given change." })
  updateUser(@Ctx() ctx: Context, @Arg("input", () => UpdateUserInput, INPUT) input: UpdateUserInput) {
    return asPayload(input, () => {
      const { id, ...fields } = input;
      return updateUser(ctx as ActingScope, idOf(TYPE, id), fields);
    });
  }

  @Authorized(...Operations.manageRegister)
  @Mutation(() => MergeUsersPayload, { description: "Merges a duplicate record into the one kept: its connections move (history on each), both records are audited, nothing is deleted." })
  mergeUsers(@Ctx() ctx: Context, @Arg("input", () => MergeUsersInput, INPUT) input: MergeUsersInput) {
    return asPayload(input, () => mergeUsers(ctx as ActingScope, idOf(TYPE, input.keepId, "keepId"), idOf(TYPE, input.mergeId, "mergeId")));
  }

  @FieldResolver(() => [ServiceConnection], { description: "The connections registered to this customer that the caller may see (at most 50)." })
  connections(@Root() row: { id: number }, @Ctx() ctx: Context) {
    return ctx.loaders.connectionsByHolder.load(row.id);
  }

  @FieldResolver(() => User, { nullable: true, description: "The record this duplicate was merged into, when it was." })
  mergedInto(@Root() row: { mergedIntoId: number | null }, @Ctx() ctx: Context) {
    return row.mergedIntoId ? ctx.loaders.user.load(row.mergedIntoId) : null;
  }
}
