export const GET_STARTED_COOKIE = "chorus_get_started";
