// The rule catalog, in the order `dvk rules` and docs/rules list it.
import type { Rule } from '../rule.js';
import { quyenHanFormat } from './quyen-han-format.js';

export const rules: Rule[] = [quyenHanFormat];
