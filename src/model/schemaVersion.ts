/** The version of the board document layout; stored in every document's meta. */
export const SCHEMA_VERSION = 1;
