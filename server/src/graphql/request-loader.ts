// A DataLoader that lives as long as one request: created on first use for that request's context, so the field
// resolvers of a response share one batch.
import DataLoader from "dataloader";

const perRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

export function requestLoader<K, V>(ctx: object, name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = new Map()));
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) loaders.set(name, (loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown> as DataLoader<K, V>) as DataLoader<unknown, unknown>);
  return loader;
}
