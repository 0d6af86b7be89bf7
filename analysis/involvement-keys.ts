// The buckets of user involvement and the units of time it is summed over: plain lists, shared
// by the analysis, the API contract and the explorer (so no server code reaches the browser).
import { organisationCategories } from '../cypher/model.ts';

/** Organisation categories, then an organisation with no category, then no organisation given. */
export const involvementKeys = [...organisationCategories, 'uncategorised', 'none'] as const;
export type InvolvementKey = (typeof involvementKeys)[number];

export const periodUnits = ['meeting', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof periodUnits)[number];
