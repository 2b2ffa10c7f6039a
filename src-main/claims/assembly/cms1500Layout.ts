// The CMS-1500 (02/12) boxes Dripline fills, in inches from the top-left of a US-letter page. One table for
// the renderer and for the test that checks where each value landed.

export interface Box {
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export const BOXES = {
  carrier: { label: 'CARRIER', x: 4.6, y: 0.35, w: 3.65, h: 0.8 },
  insuranceType: { label: '1. MEDICARE  MEDICAID  TRICARE  CHAMPVA  GROUP HEALTH PLAN  FECA  OTHER', x: 0.25, y: 1.4, w: 4.8, h: 0.33 },
  insuredId: { label: "1a. INSURED'S I.D. NUMBER", x: 5.05, y: 1.4, w: 3.2, h: 0.33 },
  patientName: { label: "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)", x: 0.25, y: 1.73, w: 2.95, h: 0.33 },
  patientBirth: { label: "3. PATIENT'S BIRTH DATE   SEX", x: 3.2, y: 1.73, w: 1.85, h: 0.33 },
  insuredName: { label: "4. INSURED'S NAME (Last Name, First Name, Middle Initial)", x: 5.05, y: 1.73, w: 3.2, h: 0.33 },
  patientAddress: { label: "5. PATIENT'S ADDRESS (No., Street) / CITY / STATE / ZIP CODE", x: 0.25, y: 2.06, w: 2.95, h: 1.0 },
  relationship: { label: '6. PATIENT RELATIONSHIP TO INSURED', x: 3.2, y: 2.06, w: 1.85, h: 0.33 },
  insuredAddress: { label: "7. INSURED'S ADDRESS (No., Street) / CITY / STATE / ZIP CODE", x: 5.05, y: 2.06, w: 3.2, h: 1.0 },
  insuredGroup: { label: "11. INSURED'S POLICY GROUP OR FECA NUMBER", x: 5.05, y: 3.06, w: 3.2, h: 0.33 },
  patientSignature: { label: "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE", x: 0.25, y: 4.4, w: 4.8, h: 0.4 },
  referring: { label: '17. NAME OF REFERRING PROVIDER OR OTHER SOURCE', x: 0.25, y: 4.8, w: 3.0, h: 0.33 },
  referringNpi: { label: '17b. NPI', x: 3.25, y: 4.8, w: 1.8, h: 0.33 },
  diagnoses: { label: '21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY (ICD Ind. 0)', x: 0.25, y: 5.13, w: 4.8, h: 0.67 },
  resubmission: { label: '22. RESUBMISSION CODE   ORIGINAL REF. NO.', x: 5.05, y: 5.13, w: 3.2, h: 0.33 },
  priorAuth: { label: '23. PRIOR AUTHORIZATION NUMBER', x: 5.05, y: 5.46, w: 3.2, h: 0.34 },
  lines: {
    label:
      '24. A. DATE(S) OF SERVICE   B. POS   D. PROCEDURES (CPT/HCPCS, MODIFIER)   E. DX PTR   F. $ CHARGES   G. UNITS   J. RENDERING NPI',
    x: 0.25,
    y: 5.8,
    w: 8.0,
    h: 2.4,
  },
  taxId: { label: '25. FEDERAL TAX I.D. NUMBER   EIN', x: 0.25, y: 8.2, w: 2.2, h: 0.33 },
  accountNumber: { label: "26. PATIENT'S ACCOUNT NO.", x: 2.45, y: 8.2, w: 1.55, h: 0.33 },
  acceptAssignment: { label: '27. ACCEPT ASSIGNMENT?', x: 4.0, y: 8.2, w: 1.05, h: 0.33 },
  totalCharge: { label: '28. TOTAL CHARGE', x: 5.05, y: 8.2, w: 1.35, h: 0.33 },
  amountPaid: { label: '29. AMOUNT PAID', x: 6.4, y: 8.2, w: 1.85, h: 0.33 },
  physicianSignature: { label: '31. SIGNATURE OF PHYSICIAN OR SUPPLIER', x: 0.25, y: 8.53, w: 2.2, h: 0.8 },
  facility: { label: '32. SERVICE FACILITY LOCATION INFORMATION', x: 2.45, y: 8.53, w: 2.6, h: 0.8 },
  billingProvider: { label: '33. BILLING PROVIDER INFO & PH #', x: 5.05, y: 8.53, w: 3.2, h: 0.8 },
} as const satisfies Record<string, Box>;

/** Box 24 holds six service lines; each has a shaded upper half (NDC) and the line itself below. */
export const LINE_ROWS = 6;
export const LINE_HEIGHT = 0.36;
export const LINE_TOP = BOXES.lines.y + 0.24;

export const LINE_COLUMNS = {
  from: 0.3,
  to: 1.0,
  pos: 1.72,
  code: 2.05,
  modifiers: 2.6,
  pointer: 3.75,
  charge: 4.45,
  units: 5.45,
  npi: 6.5,
} as const;
