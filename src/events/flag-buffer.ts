// A reusable array of 0/1 flags for the sentence being read. Allocating a fresh typed array per
// sentence cost more than the marking it held; nothing carries over from one sentence to the
// next, since every call clears the part it hands out. One buffer per use site, never shared.
export class FlagBuffer {
  private bytes = new Uint8Array(64);

  /** At least `n` flags, the first `n` of them 0 (the buffer may be longer: index below `n` only). */
  zeroed(n: number): Uint8Array {
    if (this.bytes.length < n) this.bytes = new Uint8Array(2 * n);
    else this.bytes.fill(0, 0, n);
    return this.bytes;
  }
}
