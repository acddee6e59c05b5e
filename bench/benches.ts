export interface Bench {
  readonly name: string;
  run(): Promise<void>;
}

export const benches: readonly Bench[] = [];
