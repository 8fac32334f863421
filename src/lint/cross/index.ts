// The run-level rules, in the order `dvk rules` and docs/rules list them (one module each).
import { citedPlanMismatch } from './cited-plan-mismatch.js';
import { duplicateSoKyHieu } from './duplicate-so-ky-hieu.js';
import { nameSpellingAcrossPlans } from './name-spelling-across-plans.js';
import { numberSeriesGap } from './number-series-gap.js';
import type { CrossRule } from './run-plan.js';

export const crossRules: CrossRule[] = [duplicateSoKyHieu, citedPlanMismatch, nameSpellingAcrossPlans, numberSeriesGap];
