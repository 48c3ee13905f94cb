/** How many genres a listener may pick (shared by the picker and the server). */
export const MAX_GENRES = 5;
