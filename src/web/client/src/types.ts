// Shapes the API answers with (the parts the pages read).
export interface Actor {
  readonly text: string;
  readonly code: string;
  readonly state: string | null;
  readonly name: string | null;
}

export interface ReviewMark {
  readonly status: 'confirmed' | 'rejected' | 'corrected';
  readonly reviewer: string;
  readonly at: string;
  readonly key: string;
}

export interface UiEvent {
  readonly id: number;
  readonly document: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly type: string | null;
  readonly plover: string;
  readonly source: readonly Actor[];
  readonly target: readonly Actor[];
  readonly date: { readonly value: string | null; readonly granularity: string; readonly derivation: string; readonly start: string | null; readonly end: string | null };
  readonly polarity: string;
  readonly modality: string;
  readonly level: string | null;
  readonly evidence: { readonly start: number; readonly end: number; readonly text: string };
  readonly sentence: string | null;
  readonly pattern: string;
  readonly confidence: number;
  readonly review: ReviewMark | null;
  readonly conflicting?: boolean;
}

export interface EventList {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly events: readonly UiEvent[];
}

export interface Citation {
  readonly document: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly evidence: string;
  readonly sentence?: string | null;
  readonly independent?: boolean;
}

export interface ConflictSide {
  readonly value: string | boolean;
  readonly independentSources: number;
  readonly citations: readonly Citation[];
}

export interface Conflict {
  readonly facet: string;
  readonly holder: string;
  readonly other: string;
  readonly window: { readonly start: string; readonly end: string };
  readonly chosen: string | boolean;
  readonly sides: readonly ConflictSide[];
}

export interface TimelineEntry {
  readonly date: string;
  readonly start: string;
  readonly facet: string;
  readonly holder: string;
  readonly other: string;
  readonly value: string | boolean;
  readonly effect: string;
  readonly citations: readonly Citation[];
  readonly conflicts: readonly Conflict[];
}

export interface Timeline {
  readonly a: string;
  readonly b: string;
  readonly entries: readonly TimelineEntry[];
}

export interface Relations {
  readonly a: string;
  readonly b: string;
  readonly asOf: string;
  readonly relations: { readonly status: string; readonly since: string | null; readonly citations: readonly Citation[] };
  readonly recognition: { readonly aRecognizesB: boolean | null; readonly bRecognizesA: boolean | null; readonly citations: readonly Citation[] };
  readonly missions: { readonly aInB: string; readonly bInA: string; readonly citations: readonly Citation[] };
  readonly conflicts: readonly Conflict[];
}

export interface DocumentView {
  readonly document: { readonly id: string; readonly url: string | null; readonly title: string | null; readonly published: string | null; readonly author: string | null; readonly text: string; readonly duplicate_of: string | null };
  readonly mentions: readonly { readonly span_start: number; readonly span_end: number; readonly text: string; readonly code: string; readonly state: string | null }[];
}

export interface AuditEntry {
  readonly id: number;
  readonly eventKey: string;
  readonly eventId: number | null;
  readonly action: string;
  readonly before: Record<string, unknown>;
  readonly after: Record<string, unknown>;
  readonly reviewer: string;
  readonly note: string | null;
  readonly at: string;
}

export interface MapAnswer {
  readonly relation: string;
  readonly state: string;
  readonly asOf: string;
  readonly values: readonly { readonly state: string; readonly value: string; readonly since: string | null; readonly conflicted: boolean }[];
}

export interface Meta {
  readonly types: readonly string[];
  readonly polarities: readonly string[];
  readonly modalities: readonly string[];
}
