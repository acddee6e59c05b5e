// The typed document that flows through every pipeline stage, and the records stages add to it.
// Every record carries character offsets into `Doc.text`, the id of the rule that made it,
// and is readonly: stages return new arrays instead of mutating.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where a block of the document came from and whether it is article body. */
export type BlockRole = 'title' | 'heading' | 'body' | 'boilerplate';

export interface Block extends Span {
  readonly kind: 'block';
  readonly role: BlockRole;
  /** Why a block is boilerplate (rule id such as `cookie-banner`, `caption`); null for body. */
  readonly reason: string | null;
}

export interface Sentence extends Span {
  readonly kind: 'sentence';
  /** Index into `Doc.blocks`. */
  readonly block: number;
}

export type ActorType = 'state' | 'person' | 'igo' | 'org' | 'group' | 'place';

/** How a mention was recognised. */
export type MentionVia =
  | 'name'
  | 'demonym'
  | 'capital'
  | 'metonym'
  | 'leader'
  | 'role'
  | 'acronym'
  | 'coreference'
  | 'user';

export interface RoleHeld {
  readonly title: string;
  /** Actor code of the role, e.g. `MEXGOV`. */
  readonly code: string;
  readonly start: string | null;
  readonly end: string | null;
}

export interface Mention extends Span {
  readonly kind: 'mention';
  readonly text: string;
  /** Contract code: ISO3 for states, `IGO`/`IGO:NAME`, `ORG:NAME`, `PER:NAME`. */
  readonly code: string;
  /** ISO3 of the state the actor belongs to (the state itself for a state), null when unknown. */
  readonly state: string | null;
  readonly sector: string | null;
  readonly name: string | null;
  /** Dictionary entry id. */
  readonly entity: string;
  readonly actorType: ActorType;
  readonly via: MentionVia;
  /** For people: the role held on the document's date. */
  readonly role: RoleHeld | null;
  readonly rule: string;
  readonly confidence: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Granularity = 'day' | 'month' | 'year' | 'decade' | 'range' | 'unknown';
/** How a value was obtained: stated outright, or implied by an anchor. */
export type DateDerivation = 'explicit' | 'publication-relative' | 'narrative' | 'publication' | 'unresolved';

export interface Timex extends Span {
  readonly kind: 'timex';
  readonly text: string;
  readonly type: TimexType;
  /** TIMEX3 value: `2023`, `2023-06`, `2023-06-01`, `2023-W12`, `199`, `P3Y`, `PRESENT_REF`... */
  readonly value: string;
  readonly granularity: Granularity;
  /** For ranges ("over the next few months", "by Christmas"): inclusive ISO day bounds. */
  readonly range: { readonly start: string; readonly end: string } | null;
  readonly derivation: DateDerivation;
  readonly rule: string;
}

export interface EventDate {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-MM-DD/YYYY-MM-DD`, or null. */
  readonly value: string | null;
  readonly granularity: Granularity;
  readonly derivation: DateDerivation | 'none';
  /** Index into `Doc.timexes` of the governing expression, if any. */
  readonly timex: number | null;
  /** When the text separates an announcement from the act ("announced on May 22 that it will ... on May 28"). */
  readonly announced: string | null;
}

export type Polarity = 'asserted' | 'negated';
export type Modality = 'actual' | 'demanded' | 'intended' | 'hypothetical' | 'ongoing';

export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type DiplomaticType =
  | 'recognize' | 'establish_relations' | 'restore_relations' | 'upgrade_mission'
  | 'downgrade_relations' | 'suspend_relations' | 'sever_relations' | 'recall_ambassador'
  | 'expel_diplomat' | 'open_embassy' | 'close_embassy' | 'move_embassy'
  | 'request_extradition' | 'refuse_extradition' | 'extradite' | 'grant_asylum'
  | 'sign_agreement' | 'vote' | 'procure' | 'condemn' | 'demand' | 'protest' | 'assault'
  | 'meet' | 'statement';

/** An actor as it appears in an event (the contract's Actor plus offsets and owning state). */
export interface EventActor extends Span {
  readonly text: string;
  readonly code: string;
  readonly sector: string | null;
  readonly name: string | null;
  readonly state: string | null;
}

export interface Event {
  readonly kind: 'event';
  /** Stable within the document: `e0`, `e1`... */
  readonly id: string;
  readonly type: DiplomaticType | null;
  readonly plover: PloverType;
  readonly cameo: string | null;
  readonly source: readonly EventActor[];
  readonly target: readonly EventActor[];
  readonly date: EventDate;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly evidence: Span & { readonly text: string };
  /** The word(s) that triggered the pattern. */
  readonly trigger: Span;
  /** Index into `Doc.sentences`. */
  readonly sentence: number;
  readonly pattern: string;
  readonly confidence: number;
  /** For `demand` events: the id of the demanded event. */
  readonly content: string | null;
  /** Mission level for upgrade/downgrade/open events ("embassy", "delegation"...). */
  readonly level: string | null;
}

/** Something wrong or uncertain in a text: data for review, not an exception. */
export interface Message {
  readonly kind: 'message';
  readonly stage: string;
  readonly rule: string;
  readonly reason: string;
  readonly span: Span | null;
}

export interface DocMeta {
  readonly title: string | null;
  readonly published: string | null;
  readonly author: string | null;
  readonly language: string;
  readonly url: string | null;
  /** Where each metadata value came from, e.g. `{published: 'json-ld'}`. */
  readonly provenance: Readonly<Record<string, string>>;
}

export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly timexes: readonly Timex[];
  readonly events: readonly Event[];
  readonly messages: readonly Message[];
}
