/** A JSON object as the fake Graph reads and writes it: open, members of any JSON kind. */
export type JsonObject = Record<string, unknown>;
