// The contract of the user-involvement routes: who sat at the table, by organisation category,
// per meeting and per period; and tenure-aware attendance of a group.
import { z } from 'zod';
import { involvementKeys, periodUnits } from '../../analysis/involvement-keys.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const counts = z.object(Object.fromEntries(involvementKeys.map((k) => [k, z.number()])) as Record<(typeof involvementKeys)[number], z.ZodNumber>);

export const InvolvementQuery = z
  .object({
    group: z.string().min(3).max(300).optional().describe('a group id (group:…); all meetings when absent'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    period: z.enum(periodUnits).default('meeting').describe('one row per meeting, or summed per month, quarter or year'),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

const MeetingInvolvement = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  sortDate: z.string().nullable(),
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  docId: z.string(),
  path: z.string(),
  present: z.number().int(),
  counts,
  attendees: z.array(z.object({ name: z.string(), organisations: z.array(z.string()), categories: z.array(z.enum(involvementKeys)) })),
});

const PeriodInvolvement = z.object({
  groupId: z.string().nullable(),
  groupName: z.string().nullable(),
  period: z.string(),
  meetings: z.array(z.string()),
  present: z.number().int(),
  counts,
  shares: counts,
});

export const Involvement = z.object({
  period: z.enum(periodUnits),
  keys: z.array(z.enum(involvementKeys)).describe('organisation categories, then uncategorised (an organisation with no category) and none (no organisation given)'),
  meetings: z.array(MeetingInvolvement),
  periods: z.array(PeriodInvolvement).describe('empty when period is meeting'),
  /** Set when format=csv: the table as CSV text; the route then sends it as a file. */
  csv: z.string().optional(),
});
export type Involvement = z.infer<typeof Involvement>;

export const Tenure = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
  members: z.array(z.object({
    id: z.string(),
    name: z.string(),
    first: z.string().nullable(),
    last: z.string().nullable(),
    held: z.number().int(),
    attended: z.number().int(),
    absent: z.number().int(),
    notListed: z.number().int(),
    rate: z.number(),
    meetings: z.array(z.object({ id: z.string(), status: z.enum(['present', 'absent', 'not-listed']) })),
  })),
});
export type Tenure = z.infer<typeof Tenure>;
