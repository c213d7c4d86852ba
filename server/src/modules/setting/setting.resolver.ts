import { Arg, Authorized, Ctx, Field, Float, InputType, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { ActingScope, Context } from "../../context.ts";
import { Operations } from "../../auth/policies.ts";
import { asPayload, UserError } from "../../graphql/user-error.ts";
import { RequiredText } from "../../shared/validation.ts";
import { listSettings, updateSetting } from "./setting.service.ts";

@ObjectType({ simpleResolvers: true, description: "A configurable value (percentages, caps, legal terms), with its meaning and bounds." })
class Setting {
  @Field(() => String, { description: "Its key, e.g. informationRequestBusinessDays." })
  key: string;

  @Field(() => String, { description: "What it is, in Spanish." })
  label: string;

  @Field(() => Float, { description: "Its value." })
  value: unknown;

  @Field(() => Float, { description: "Smallest value accepted." })
  min: number;

  @Field(() => Float, { description: "Largest value accepted." })
  max: number;

  @Field(() => Boolean, { description: "Whole numbers only." })
  integer: boolean;
}

@InputType({ description: "A setting's new value." })
class UpdateSettingInput {
  @Field(() => String, { description: "The setting's key." })
  @RequiredText(100)
  key: string;

  @Field(() => Float, { description: "The new value, within the setting's bounds." })
  value: number;
}

@ObjectType({ description: "The setting after the change." })
class SettingPayload {
  @Field(() => Setting, { nullable: true, description: "The setting, when the change was made." })
  setting?: Setting;

  @Field(() => [UserError], { description: "Why nothing was changed." })
  userErrors: UserError[];
}

@Resolver()
export class SettingResolver {
  @Authorized(...Operations.readCatalogs)
  @Query(() => [Setting], { description: "Every configurable value, by key." })
  settings(@Ctx() ctx: Context) {
    return listSettings(ctx as ActingScope);
  }

  @Authorized(...Operations.manageCatalogs)
  @Mutation(() => SettingPayload, { description: "Changes a configurable value (within its bounds); it applies from the next use." })
  updateSetting(@Ctx() ctx: Context, @Arg("input", () => UpdateSettingInput, { description: "The operation\'s input; rule failures come back in the payload\'s userErrors, naming the field." }) input: UpdateSettingInput) {
    return asPayload(input, () => updateSetting(ctx as ActingScope, input));
  }
}
