import { useEffect, useState } from 'preact/hooks';

/**
 * A module loaded the first time `when` is true (a panel the first view does not need: kept
 * copies, problem notices, the export panel), so that the builder's first load stays small.
 */
export function useModule<T>(load: () => Promise<T>, when: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    if (when && !module) void load().then((loaded) => setModule(() => loaded));
  }, [when]);
  return module;
}
