/** The question for the rest of a new address given in part (`domain/address_pieces.ts`). */
import type { MissingPart } from "../../domain/address_pieces.ts";

/** Asks for what the pieces given so far lack, keeping what was given. */
export function missingAsk(missing: MissingPart): string {
  switch (missing) {
    case "street":
      return "I have that part of the new address. What's the street and house number of the new address?";
    case "city_postcode":
      return "I have the street of the new address. What's the town or city and the postcode (and the " +
        "country, if it isn't the UK)?";
    case "postcode":
      return "I have the street and the town of the new address. What's the postcode (and the " +
        "country, if it isn't the UK)?";
    case "country":
      // The postcode was given: not asked for again.
      return "I have the street and the postcode of the new address. Which town and country is it in?";
  }
}
