/**
 * The value `make` built for `key`, built the first time it is asked for and kept in `store`: a
 * `WeakMap`, so it goes with its key (a content snapshot, a ranking, a services list) and nothing
 * grows over a kiosk's months. The one get-or-make of the project's per-object caches.
 */
export function onceFor<Key extends object, Value>(
  store: WeakMap<Key, Value>,
  key: Key,
  make: (key: Key) => Value,
): Value {
  let value = store.get(key)
  if (value === undefined) {
    value = make(key)
    store.set(key, value)
  }
  return value
}
