import type { ProfileIndex } from '../../lib/profile/index-data';

/** The role of a result area, in the page's language. */
export const areaRole = (index: ProfileIndex, fn: string, area: string) =>
  index.functions.find((f) => f.key === fn)?.areas.find((a) => a.key === area)?.role ?? area;
