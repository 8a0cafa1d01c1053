// Exports: toFhirCodeSystem/toCsv with a filter (built per call) against naive versions that
// look up every record's code in the whole catalog and build strings by concatenation.
import { listCodes, toCsv, toFhirCodeSystem } from 'medicare-home-infusion';

const filter = { asOf: '2026-01-01' };

function naiveCsv(f) {
  const records = listCodes(f);
  let out = 'code,system,kind,descriptor,shortDescriptor,unitAmount,unit,effectiveFrom,effectiveTo,medicarePayable,benefits,billTo,hitCategory,citations\r\n';
  for (const r of records) {
    const values = [r.code, r.system, r.kind, r.descriptor, r.shortDescriptor ?? '', r.unit ? String(r.unit.amount) : '', r.unit?.unit ?? '',
      r.effective.from, r.effective.to ?? '', String(r.medicarePayable), r.benefits.join(';'), r.billTo ?? '',
      r.hitCategory ? String(r.hitCategory) : '', [...new Set(r.citations.map((c) => c.id))].join(';')];
    out += values.map((v) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',') + '\r\n';
  }
  return out;
}

function naiveFhir(f) {
  const records = listCodes(f).filter((r) => r.system === 'HCPCS');
  // Latest record per code by scanning the list for each record.
  const chosen = records.filter((r) => !records.some((o) => o.code === r.code && o.effective.from > r.effective.from));
  return structuredClone({ resourceType: 'CodeSystem', count: chosen.length, concept: chosen.map((r) => ({ code: r.code, display: r.shortDescriptor ?? r.descriptor, definition: r.descriptor })) });
}

let sink = 0;
export const cases = [
  {
    name: 'toFhirCodeSystem({ asOf }) (whole catalog on a date)',
    unit: 'resources',
    fast() {
      sink += toFhirCodeSystem(filter).count;
    },
    naive() {
      sink += naiveFhir(filter).count;
    },
  },
  {
    name: 'toCsv({ asOf }) (whole catalog on a date)',
    unit: 'documents',
    fast() {
      sink += toCsv(filter).length;
    },
    naive() {
      sink += naiveCsv(filter).length;
    },
  },
  {
    name: 'toFhirCodeSystem() (unfiltered)',
    unit: 'resources',
    fast() {
      sink += toFhirCodeSystem().count;
    },
    naive() {
      sink += naiveFhir(undefined).count;
    },
  },
];
