/** The bus: its interface and the in-process and JetStream adapters. */
export {
  actorSubject,
  type Bus,
  type BusKind,
  type BusStatus,
  type ConsumeOptions,
  type Consumer,
  type DeadLetter,
  DEFAULT_DELIVERY_POLICY,
  type Delivery,
  type DeliveryHandler,
  type DeliveryPolicy,
  progressSubject,
  type PublishOptions,
  replySubject,
  type Subscription,
} from "./types.ts";
export { MemoryBus, type MemoryBusOptions } from "./memory.ts";
export { JetStreamBus, type JetStreamBusOptions } from "./jetstream.ts";
export { assertActorName, MAX_DELIVERIES_REASON, subjectMatches } from "./common.ts";
