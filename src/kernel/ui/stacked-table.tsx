// A table that becomes one block per row on a phone (.nabij-stacked in app.css): the caption and the column headers
// here; each row's cells carry `data-label` with their column's header, which the phone layout shows before the value.
import type { ComponentChildren } from 'preact';

export function StackedTable({
  caption,
  headers,
  children,
}: {
  caption: ComponentChildren;
  headers: readonly string[];
  /** The rows: `<tr class="utrecht-table__row">` with `<td class="utrecht-table__cell" data-label={header}>`. */
  children: ComponentChildren;
}) {
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table utrecht-table--html-table nabij-stacked">
        <caption class="utrecht-table__caption">{caption}</caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {headers.map((h) => (
              <th class="utrecht-table__header-cell" scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
