// Its own module so that the entry (index.ts) tells usage mistakes apart without loading what commands share.

/** A mistake in how the command was called (exit code 2), as opposed to bad input data (exit code 1). */
export class UsageError extends Error {}
