// Every layout check, in the order findings are listed.
import type { LayoutCheck } from './check.js';
import { componentStyle } from './components.js';
import { runFonts } from './fonts.js';
import { ruleLines } from './lines.js';
import { pageMargins, pageSize } from './page.js';
import { pageNumbers } from './page-numbers.js';
import { paragraphSpacing } from './spacing.js';

export const layoutChecks: LayoutCheck[] = [pageSize, pageMargins, runFonts, componentStyle, ruleLines, pageNumbers, paragraphSpacing];

export const LAYOUT_CHECK_IDS = layoutChecks.map((c) => c.meta.id);
