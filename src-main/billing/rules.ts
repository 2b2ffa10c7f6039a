// The billing rule catalog (documented for users in docs/billing-rules.md): every line and finding names one of these ids, and explain
// shows the title and the policy section it comes from. FS-1, CV-1 and UN-1 are Dripline's own checks.

export const RULES = {
  'PD-1': { title: 'Anti-infective per diem by dosing interval', source: 'CPCP019 code table; IDSA FAQ table' },
  'PD-2': { title: 'Pain management per diem by delivery', source: 'CPCP019; HCPCS S9326 reference' },
  'PD-3': { title: 'Chemotherapy per diem by delivery', source: 'CPCP019 code table' },
  'PD-4': { title: 'TPN per diem by prescribed liters per day', source: 'CPCP019 code table' },
  'PD-4a': {
    title: 'TPN is one therapy: one TPN per diem per patient and day, following the base formula',
    source: 'CPCP019 "Total Parenteral Nutrition"; per diem definition (one per day of therapy)',
  },
  'PD-5': { title: 'Hydration per diem by liters per day', source: 'CPCP019 code table' },
  'PD-6': { title: 'One per diem code per remaining therapy category', source: 'CPCP019 code table' },
  'PU-1': {
    title: 'One per diem per dose day; continuous therapy every day from start to stop',
    source: 'CPCP019 "Examples" units table; HCPCS S9326 reference',
  },
  'PU-2': { title: 'No per diem on hold days or outside the order', source: 'CPCP019 "Definitions/Terms" (per diem)' },
  'PU-3': { title: 'Implanted pump: per diem only on refill, reprogram or repair days', source: 'CPCP019 "Reimbursement Information"' },
  'PU-4': { title: 'Cassette/reservoir: bill only on the change/refill day', source: 'CPCP019 "Cassette/Reservoir Change/Refill"' },
  'MT-1': {
    title: 'Concurrent per diems ranked; second SH, third and more SJ',
    source: 'CPCP019 "Applicable Modifiers for Multiple Therapies"; IDSA FAQ',
  },
  'MT-2': { title: 'SH and SJ per diems at a reduced share of the standard charge', source: 'IDSA FAQ (1/2 and 1/4)' },
  'MT-3': {
    title: 'Per diem on the same claim as its drug for the same dates',
    source: 'CPCP019 "Applicable Modifiers for Multiple Therapies"',
  },
  'DR-1': { title: 'Drug units from dose, doses per day and the HCPCS billing unit', source: 'IDSA worked example' },
  'DR-1a': { title: 'Drug units per day rounded up once, on the day total', source: 'IDSA worked example' },
  'DR-2': { title: 'Drug line carries its 11-digit NDC and quantity', source: '837P LIN/CTP' },
  'DR-2a': { title: 'NDC quantity in whole NDC units per dose', source: '837P CTP' },
  'DR-3': {
    title: 'Oral, inhaled, topical drugs, osteoarthritis drugs and IDPN are not home infusion',
    source: 'CPCP019 "Definitions/Terms" note',
  },
  'DR-4': {
    title: 'SubQ/IM injectables: payable with an IV therapy that day or when a nurse gives them; self-injected only for factor',
    source: 'CPCP019 "Reimbursement Information" (injectable therapies); "Home Infusion Therapy" (self-administered infusion is billed)',
  },
  'DR-5': { title: 'Incidental per diems: bill the drug only', source: 'CPCP019 "Reimbursement Information"' },
  'BU-1': { title: 'Supplies and equipment are bundled into the per diem', source: 'CPCP019 supply/equipment table' },
  'BU-2': { title: 'IV solutions bundled when incidental, billable when prescribed', source: 'CPCP019 "Reimbursement Information"' },
  'BU-3': { title: 'TPN per diem includes standard nutrition components', source: 'CPCP019 "Total Parenteral Nutrition"' },
  'BU-4': { title: 'S9810 is never billed with a per diem', source: 'CPCP019 code table (S9810)' },
  'NU-1': { title: 'Nursing: 99601 per visit up to 2 h, 99602 per additional hour', source: 'CPCP019 "Nursing Services"; CPT' },
  'NU-2': { title: 'One initial infusion service per member encounter per day', source: 'CPCP019 "Examples" (initial service)' },
  'PY-1': { title: 'Medicare does not recognize S-codes', source: 'IDSA FAQ; HCPCS S9490 reference' },
  'PY-2': {
    title: 'Place of service from the residence; a SNF is not home',
    source: 'CPCP019 "Reimbursement Information"; "Home Setting"',
  },
  'PY-3': { title: 'Documentation kept with each claim', source: 'CPCP019 "Description"' },
  'OR-1': {
    title: 'A component order (additive, diluent, premedication) bills its drug on the parent order’s dose days',
    source: 'CPCP019 per diem definition; dataset partOf',
  },
  'OR-2': {
    title: 'An order change takes effect from a date; earlier days keep the earlier version',
    source: 'billing integrity: what was billed is never repriced',
  },
  'DS-1': {
    title: 'A date of service after today is scheduled, never billed',
    source: 'CPCP019 per diem definition (days services are provided)',
  },
  'DS-2': {
    title: 'A claim covers one calendar month and is ready once it has ended',
    source: 'claim per calendar month; payer contract for interim billing',
  },
  'PF-1': { title: 'Payer profile: dose days or access days', source: 'BCBS Texas; NHIA' },
  'PF-2': { title: 'Payer profile: SH and SJ rates', source: 'CPCP019/IDSA; BCBS Texas' },
  'PF-3': { title: 'Payer profile: modifier 59 with SH/SJ', source: 'BCBS North Carolina' },
  'PF-4': { title: 'Payer profile: line spans', source: 'BCBS North Dakota; Blue Cross of Idaho' },
  'PF-5': { title: 'Payer profile: nursing limits', source: 'BCBS Michigan' },
  'PF-6': { title: 'Payer profile: prior authorization required', source: 'payer contract' },
  'PF-7': { title: 'Payer profile: Medicare (S-codes not recognized)', source: 'see PY-1' },
  'FS-1': { title: 'Every billed code needs a fee in the payer’s schedule', source: 'Dripline' },
  'CV-1': { title: 'A line needs coverage active on its date', source: 'Dripline' },
  'UN-1': { title: 'The dose must convert to the drug’s billing unit', source: 'Dripline' },
} as const;

export type RuleId = keyof typeof RULES;
