// The first visitor should not pay for loading the relation rules and the event lexicon: ask the
// overview's own questions once when the server starts (answers are then cached per store version).
interface Requester {
  request(path: string): Response | Promise<Response>;
}

export const FIRST_PAGE_REQUESTS = (today: string): string[] => [
  `/api/ui/map?relation=recognizes&state=PSE&asOf=${today}`,
  '/api/ui/events?limit=8',
  '/api/ui/meta',
];

export async function warmWebUi(app: Requester, today = new Date().toISOString().slice(0, 10)): Promise<void> {
  for (const path of FIRST_PAGE_REQUESTS(today)) {
    try {
      await (await app.request(path)).arrayBuffer();
    } catch {
      // Warming is best effort: a failing question fails again, visibly, when a page asks it.
    }
  }
}
