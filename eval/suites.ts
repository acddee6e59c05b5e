// The evaluation suites, in print order. Each prints its own figures.
export interface EvalSuite {
  readonly name: string;
  run(): Promise<void>;
}

export const suites: readonly EvalSuite[] = [];
