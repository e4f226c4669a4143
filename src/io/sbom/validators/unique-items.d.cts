/** True when two items of the array are equal JSON values (JSON Schema uniqueItems). */
declare function hasDuplicateItems(items: readonly unknown[]): boolean
export = hasDuplicateItems
