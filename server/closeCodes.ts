/**
 * Every close code a sync client can see, in one place. y-websocket's convention: 4400-4499 mean
 * "reconnecting cannot help" (the client stops), everything else is worth a retry.
 */
export const CLOSE_GOING_AWAY = 1001; // the server is shutting down
export const CLOSE_PROTOCOL_ERROR = 1002; // the framing of a message is wrong
export const CLOSE_UNSUPPORTED_DATA = 1003; // a text frame
export const CLOSE_INVALID_PAYLOAD = 1007; // well framed, but not a valid update or awareness update
export const CLOSE_POLICY_VIOLATION = 1008; // presence for more people than one tab can bring
// 1009 (frame over MAX_FRAME_BYTES) is sent by ws itself.
export const CLOSE_TRY_AGAIN_LATER = 1013; // too far behind in reading what the server sends
export const CLOSE_INTERNAL_ERROR = 1011; // a bug, or an update that could not be saved
export const CLOSE_BOARD_DELETED = 4410; // moved to the trash while connected
export const CLOSE_LOAD_FAILED = 4500; // the stored board could not be loaded; try later
export const CLOSE_LINK_REPLACED = 4401; // the link's token was replaced by the board's owner
export const CLOSE_NOT_ALLOWED = 4403; // the socket's link does not allow the change it sent
