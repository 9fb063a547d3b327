/** Adds `value` to the list kept under `key`, starting the list with it: grouping rows in one pass, no copies. */
export function appendTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
