// The mutable working record the events stage builds before it emits readonly `Event`s.
import type { Slot } from './actor-slots.js';
import type { TriggerHit } from './find-triggers.js';
import type { DiplomaticType, EventActor, Modality, PloverType, Polarity } from '../core/index.js';
import type { EventPattern } from './event-data-schema.js';

export interface EventDraft {
  id: string;
  type: DiplomaticType | null;
  plover: PloverType;
  cameo: string | null;
  source: EventActor[];
  target: EventActor[];
  polarity: Polarity;
  modality: Modality;
  sentence: number;
  evidence: { start: number; end: number; text: string };
  trigger: { start: number; end: number };
  pattern: string;
  confidence: number;
  content: string | null;
  level: string | null;
  /** Working fields, dropped when the event is emitted. */
  readonly rule: EventPattern | null;
  readonly hit: TriggerHit | null;
  readonly sourceSlots: readonly Slot[];
  /** Raw text right after the trigger, for ellipsis checks ("requested it again", "has refused,"). */
  readonly after: string;
  drop: boolean;
}
