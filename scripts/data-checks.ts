export interface DataCheck {
  readonly name: string;
  /** Returns the problems found; empty when the data is valid. */
  run(): Promise<readonly string[]>;
}

export const dataChecks: readonly DataCheck[] = [];
