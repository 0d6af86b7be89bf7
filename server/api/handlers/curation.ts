// POST /api/entities/:id/merge and /split: curation decisions from the explorer, written into
// the registry file and applied to the graph (ingest/curate.ts), so a re-ingest keeps them.
import { curate } from '../../../ingest/curate.ts';
import { forgetPerson } from '../../../ingest/forget-person.ts';
import { type CuratedEntity, planMerge, planSplit } from '../../../ingest/curation-plan.ts';
import { type CurationEdit, CurationError } from '../../../ingest/curation.ts';
import { ApiError, notFound } from '../errors.ts';
import type { RouteContext } from '../route.ts';
import type { Curation, Forgotten } from '../shapes.ts';
import { findEntity } from './entity.ts';

const quiet = { stage: () => {}, warn: () => {} };

export async function mergeEntities(ctx: RouteContext, input: { params: { id: string }; body: { others: string[] } }): Promise<Curation> {
  const into = await findEntity(ctx.gateway, input.params.id);
  const others = await Promise.all(input.body.others.map((id) => findEntity(ctx.gateway, id)));
  return apply(ctx, into, () => planMerge(into, others));
}

export async function splitEntity(ctx: RouteContext, input: { params: { id: string }; body: { name: string } }): Promise<Curation> {
  const entity = await findEntity(ctx.gateway, input.params.id);
  return apply(ctx, entity, () => planSplit(entity, input.body.name));
}

/** The person, their facts and their name in every stored text go; the act is audit-logged. */
export async function forgetEntity(ctx: RouteContext, input: { params: { id: string } }): Promise<Forgotten> {
  if (!ctx.registryPath) throw new ApiError(403, 'curation_disabled', 'this server does not change the registry');
  const person = await findEntity(ctx.gateway, input.params.id);
  if (person.type !== 'person') throw new ApiError(400, 'bad_request', `only a person can be forgotten; ${person.id} is not a person`);
  const result = await forgetPerson(ctx.gateway, ctx.registryPath, person, quiet);
  return { ...result };
}

async function apply(ctx: RouteContext, entity: CuratedEntity, plan: () => CurationEdit): Promise<Curation> {
  if (!ctx.registryPath) throw new ApiError(403, 'curation_disabled', 'this server does not change the registry');
  let changes: readonly string[];
  try {
    changes = (await curate(ctx.gateway, ctx.registryPath, plan(), quiet)).changes;
  } catch (error) {
    if (error instanceof CurationError) throw new ApiError(400, 'bad_request', error.message);
    throw error;
  }
  // The entity keeps its id (the registry spells it as the graph did); a split leaves it in place too.
  const after = await findEntity(ctx.gateway, entity.id).catch(() => {
    throw notFound(`after the change, entity '${entity.id}'`);
  });
  return { changes: [...changes], entity: { id: after.id, type: after.type, name: after.name } };
}
