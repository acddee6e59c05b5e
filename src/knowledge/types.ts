// Records of the knowledge stage: stored reports of events, the merged real-world events they
// describe, the claims rules derive from them and the answers built from those claims.
import type { DiplomaticType, Granularity, Modality, PloverType, Polarity } from '../core/index.js';

/** An event actor as stored, with the diplomatic post it names ("the Mexican ambassador"), if any. */
export interface StoredActor {
  readonly text: string;
  readonly code: string;
  readonly state: string | null;
  readonly name: string | null;
  readonly sector: string | null;
  /** Rule id of the presence pattern the actor's text matched (`embassy-actor`...), else null. */
  readonly post: string | null;
}

/** Inclusive ISO-day bounds of a date as stated; null bounds when nothing is known. */
export interface DateBounds {
  readonly value: string | null;
  readonly granularity: Granularity;
  readonly start: string | null;
  readonly end: string | null;
}

/** One report of an event in one document, as read back from the store. */
export interface EventReport {
  readonly kind: 'report';
  readonly id: number;
  readonly document: string;
  /** The document that counts as the independent source (the first copy of a republication). */
  readonly origin: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly localId: string;
  readonly type: DiplomaticType | null;
  readonly plover: PloverType;
  readonly cameo: string | null;
  readonly source: readonly StoredActor[];
  readonly target: readonly StoredActor[];
  readonly date: DateBounds & { readonly derivation: string };
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly level: string | null;
  /** States the evidence places the act in ("... in Mexico City" gives MEX). */
  readonly locations: readonly string[];
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: string | null;
  readonly pattern: string;
  readonly confidence: number;
}

export interface Citation {
  readonly document: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly evidence: string;
  readonly sentence: string | null;
  readonly offsets: { readonly start: number; readonly end: number };
  /** False for a republished copy of an article already cited. */
  readonly independent: boolean;
}

/** One real-world event: every report of it, merged. */
export interface KnownEvent {
  readonly kind: 'known-event';
  readonly key: string;
  readonly type: DiplomaticType | null;
  readonly plover: PloverType;
  readonly cameo: string | null;
  /** State codes (ISO3) of each side; ORG:PLO counts as PSE through its `state`. */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly date: DateBounds;
  readonly polarity: Polarity;
  readonly modality: Modality;
  readonly level: string | null;
  readonly reports: readonly EventReport[];
  readonly citations: readonly Citation[];
  /** Number of independent documents reporting it (republished copies count once). */
  readonly independentSources: number;
}

export type Facet = 'recognition' | 'relations' | 'mission' | 'ambassador';
export type ClaimValue = string | boolean;

/** What one rule concludes from one known event about one facet of a pair. */
export interface Claim {
  readonly kind: 'claim';
  readonly facet: Facet;
  /** For symmetric facets the pair's first code; otherwise the side the claim is about. */
  readonly holder: string;
  readonly other: string;
  readonly value: ClaimValue;
  readonly effect: 'change' | 'holds-until';
  readonly rule: string;
  /** Inferred from a post named in passing ("the Israeli embassy said"): yields to explicit acts. */
  readonly weak: boolean;
  /** When the value starts to hold (change) or the last day it is known to hold (holds-until). */
  readonly start: string;
  readonly end: string;
  readonly since: string | null;
  readonly event: KnownEvent;
  readonly citations: readonly Citation[];
}

export interface ConflictSide {
  readonly value: ClaimValue;
  readonly rules: readonly string[];
  readonly independentSources: number;
  readonly citations: readonly Citation[];
}

/** Sources that disagree about one facet at one time; both sides are shown. */
export interface Conflict {
  readonly kind: 'conflict';
  readonly facet: Facet;
  readonly holder: string;
  readonly other: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly chosen: ClaimValue;
  readonly sides: readonly ConflictSide[];
}

/** A facet's value at one date, with what supports it. */
export interface FacetState {
  readonly value: ClaimValue | null;
  readonly since: string | null;
  readonly citations: readonly Citation[];
  readonly rules: readonly string[];
  readonly conflicts: readonly Conflict[];
}
