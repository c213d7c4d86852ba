import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload } from "../../graphql/user-error.ts";
import { PageArgs } from "../../shared/pagination.ts";
import { idOf } from "../../shared/global-id.ts";
import { NodeResolver } from "../../graphql/node-resolver.ts";
import { Staff, StaffPage } from "./staff.type.ts";
import { ChangeOwnPasswordInput, CreateStaffInput, StaffFilter, StaffIdInput, StaffPayload, StaffWithPasswordPayload, UpdateStaffRolesInput } from "./staff-admin.inputs.ts";
import { createStaffAccount, deactivateStaff, findStaff, listStaff, reactivateStaff, resetStaffPassword, updateStaffRoles } from "./staff-admin.service.ts";
import { changeOwnPassword } from "./password.service.ts";

@Resolver(() => Staff)
export class StaffAdminResolver extends NodeResolver(Staff, "Staff") {
  @Authorized(...Operations.readStaff)
  @Query(() => StaffPage, { description: "Staff accounts, oldest first." })
  staffMembers(@Ctx() ctx: Context, @Args(() => PageArgs) page: PageArgs, @Arg("filter", () => StaffFilter, { nullable: true, description: "Filters (all optional, combined with AND)." }) filter?: StaffFilter) {
    return listStaff(ctx as ActingScope, filter, page);
  }

  @Authorized(...Operations.readStaff)
  @Query(() => Staff, { nullable: true, description: "One staff account by its id; null when it does not exist." })
  staffMember(@Ctx() ctx: Context, @Arg("id", () => ID, { description: "The staff member's id." }) id: string) {
    return findStaff(ctx as ActingScope, idOf("Staff", id));
  }

  @Authorized(...Operations.manageStaff)
  @Mutation(() => StaffWithPasswordPayload, { description: "Creates a staff account with a one-time temporary password, to be changed at the first login." })
  createStaff(@Ctx() ctx: Context, @Arg("input", () => CreateStaffInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: CreateStaffInput) {
    return asPayload(input, () => createStaffAccount(ctx as ActingScope, input));
  }

  @Authorized(...Operations.manageStaff)
  @Mutation(() => StaffPayload, { description: "Replaces an account's roles (effective on its next request)." })
  updateStaffRoles(@Ctx() ctx: Context, @Arg("input", () => UpdateStaffRolesInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: UpdateStaffRolesInput) {
    return asPayload(input, () => updateStaffRoles(ctx as ActingScope, { id: idOf("Staff", input.id), roles: input.roles }));
  }

  @Authorized(...Operations.manageStaff)
  @Mutation(() => StaffPayload, { description: "Deactivates an account: it can no longer log in and its sessions end at once." })
  deactivateStaff(@Ctx() ctx: Context, @Arg("input", () => StaffIdInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: StaffIdInput) {
    return asPayload(input, () => deactivateStaff(ctx as ActingScope, { id: idOf("Staff", input.id) }));
  }

  @Authorized(...Operations.manageStaff)
  @Mutation(() => StaffPayload, { description: "Reactivates a deactivated account." })
  reactivateStaff(@Ctx() ctx: Context, @Arg("input", () => StaffIdInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: StaffIdInput) {
    return asPayload(input, () => reactivateStaff(ctx as ActingScope, { id: idOf("Staff", input.id) }));
  }

  @Authorized(...Operations.manageStaff)
  @Mutation(() => StaffWithPasswordPayload, { description: "Gives an account a new one-time temporary password (to be changed at its next login); its sessions end." })
  resetStaffPassword(@Ctx() ctx: Context, @Arg("input", () => StaffIdInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: StaffIdInput) {
    return asPayload(input, () => resetStaffPassword(ctx as ActingScope, { id: idOf("Staff", input.id) }));
  }

  @Authorized(...Operations.changeOwnPassword)
  @Mutation(() => StaffPayload, { description: "The caller changes their own password (current one required); their other sessions end." })
  changeOwnPassword(@Ctx() ctx: Context, @Arg("input", () => ChangeOwnPasswordInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: ChangeOwnPasswordInput) {
    return asPayload(input, () => changeOwnPassword(ctx as ActingScope, ctx.token, input));
  }
}
