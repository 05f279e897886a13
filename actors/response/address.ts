/** The address parser, shared with the execution actor (it fills a proposal from the message). */
export { looksLikeAddress, parseAddress, type ParsedAddress } from "../../domain/address.ts";
