/** Longest delay a browser timer holds: past 2^31 - 1 ms, `setTimeout` fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
