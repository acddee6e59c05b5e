// Sorting for the short lists of one sentence (trigger candidates, slots, a handful of events).
// Array.prototype.sort allocates a work array on every call, which for lists this short cost
// more than the comparisons; insertion sort is stable too, so the order is exactly the same.

/** Sorts `items` in place, stably, by `compare` (as Array.prototype.sort would), and returns it. */
export function sortSmall<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let k = i;
    while (k > 0 && compare(items[k - 1]!, item) > 0) {
      items[k] = items[k - 1]!;
      k--;
    }
    items[k] = item;
  }
  return items;
}
