// Ids for rows written in bulk (an import, a merge): UUIDs of version 7 (RFC 9562), which begin with the time in
// milliseconds and then a counter, so that the ids of one import follow each other. SQLite keeps every id in an
// index; random ids (version 4) land all over it, and a 10,000-action import then spent a quarter more time in
// SQLite (splitting pages in the middle of the index, and writing more of them) than with ids that grow.
import { randomUUID } from 'node:crypto';

/** The 12-bit counter of ids made within one millisecond (RFC 9562, 6.2 method 1). */
const COUNTER_LIMIT = 0x1000;

let lastMs = 0;
let counter = 0;
/** The id's first 15 characters, the time's (written once per millisecond: an import makes thousands in one). */
let timePart = '';

/** A new id, greater than every id made before it by this thread (while the clock does not go back). */
export function timeOrderedId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = 0;
    timePart = '';
  } else if (++counter === COUNTER_LIMIT) {
    // More than 4,096 ids in one millisecond: borrow the next one, keeping the order.
    lastMs += 1;
    counter = 0;
    timePart = '';
  }
  if (timePart === '') {
    const time = lastMs.toString(16).padStart(12, '0');
    timePart = `${time.slice(0, 8)}-${time.slice(8)}-7`;
  }
  // A version-4 UUID's last 17 characters: its variant bits, then 62 random bits.
  return `${timePart}${counter.toString(16).padStart(3, '0')}-${randomUUID().slice(19)}`;
}
