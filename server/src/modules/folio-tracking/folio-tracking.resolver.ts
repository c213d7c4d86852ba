import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.ts";
import { FolioTracking, TrackFolioInput } from "./folio-tracking.type.ts";
import { FOLIO_LOOKUPS_PER_MINUTE, FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER, trackFolio } from "./folio-tracking.service.ts";

@Resolver()
export class FolioTrackingResolver {
  // Public on purpose (citizens, the website partner): the folio with its control number or phone is the credential.
  @Query(() => FolioTracking, {
    nullable: true,
    description: `Public. Where a complaint and its orders stand, given its folio and the connection's control number or the phone it was filed with; null when the folio is unknown or the pair does not match (the same answer). At most ${FOLIO_LOOKUPS_PER_MINUTE} look-ups a minute per client address, or ${FOLIO_LOOKUPS_PER_MINUTE_PER_PARTNER} per partner key (then RATE_LIMITED).`,
  })
  trackFolio(@Ctx() ctx: Context, @Arg("input", () => TrackFolioInput, { description: "The folio and its proof." }) input: TrackFolioInput) {
    return trackFolio(ctx, ctx.clientAddress, input);
  }
}
