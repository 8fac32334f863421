// Every layout check, in the order findings are listed.
import type { LayoutCheck } from './check.js';

export const layoutChecks: LayoutCheck[] = [];
