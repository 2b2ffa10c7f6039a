import { useDeferredValue, useMemo, useState } from 'react';
import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import type { PatientSummary } from '../../../src-main/ipc/contract/records';
import { useChannel } from '../api/channelQueries';
import { hrefFor } from '../app/route';
import { ErrorPanel } from '../ui/ErrorPanel';
import { formatDate, sexLabel } from '../ui/labels';

const column = createColumnHelper<PatientSummary>();
const columns = [
  column.accessor((p) => `${p.lastName}, ${p.firstName}`, {
    id: 'name',
    header: 'Patient',
    cell: (c) => (
      <a className="row-link" href={hrefFor({ screen: 'patient', id: c.row.original.id })}>
        {c.getValue()}
      </a>
    ),
  }),
  column.accessor('birthDate', { header: 'Birth date', cell: (c) => formatDate(c.getValue()) }),
  column.accessor('sex', { header: 'Sex', cell: (c) => sexLabel(c.getValue()) }),
  column.accessor('primaryPayer', { header: 'Primary payer', cell: (c) => c.getValue() ?? <span className="muted">none active</span> }),
  column.accessor('memberId', { header: 'Member ID', cell: (c) => c.getValue() ?? '—' }),
  column.accessor('activeOrders', { header: 'Active orders', cell: (c) => <span className="num">{c.getValue()}</span> }),
];

export function PatientList() {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query.trim());
  const patients = useChannel('patients.search', { query: deferred }, { placeholderData: (previous) => previous });
  const [sorting, setSorting] = useState<SortingState>([]);
  const data = useMemo(() => patients.data ?? [], [patients.data]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });

  return (
    <section aria-labelledby="patients-title">
      <div className="page-head">
        <h1 id="patients-title">Patients</h1>
        <a className="button primary" href={hrefFor({ screen: 'patient-new' })}>
          New patient
        </a>
        <input
          className="search"
          type="search"
          placeholder="Search by name, member ID or birth date (MM/DD/YYYY)"
          aria-label="Search patients"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoFocus
        />
      </div>
      {patients.isError && <ErrorPanel title="The patient list could not be read" error={patients.error} />}
      <table className="grid" aria-label="Patients">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  aria-sort={
                    header.column.getIsSorted() === 'asc' ? 'ascending' : header.column.getIsSorted() === 'desc' ? 'descending' : 'none'
                  }
                >
                  <button className="sort" onClick={header.column.getToggleSortingHandler()}>
                    {flexRender(header.column.columnDef.header, header.getContext())}
                    <span aria-hidden="true">{{ asc: ' ▲', desc: ' ▼' }[header.column.getIsSorted() as string] ?? ''}</span>
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} data-patient-id={row.original.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {patients.isSuccess && data.length === 0 && (
        <p className="empty">{deferred === '' ? 'No patients yet.' : `No patient matches “${deferred}”.`}</p>
      )}
    </section>
  );
}
