// Comparing a column with a list of any length: `= any($1)` sends the list as one array parameter, where `in (...)`
// would send one parameter per item and fail past PostgreSQL's limit of 65,535 parameters in a statement.
import { type RawBuilder, sql } from 'kysely';

/** For `.where(column, '=', anyOf(ids))`: true when the column equals one of `values`; none when the list is empty. */
export function anyOf<T extends string | number>(values: readonly T[]): RawBuilder<T> {
  return sql<T>`any(${[...values]})`;
}
