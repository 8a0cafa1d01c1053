// The playground's examples: inputs that already exist in the repository, loaded as they are.
// `file` is fetched from build/examples/ (scripts/playground.mjs copies it there); `lines` are
// written out here from the example named in `from`. `pricing` fills the page's pricing fields.

export const EXAMPLES = [
  {
    id: 'json-pricing-worked-claim',
    label: 'JSON lines: a priced claim, January 2025',
    from: 'examples/sections/35-pricing.mjs (the worked claim of docs/pricing.md, with J1170 and S9500), without its illustrative HIT rates',
    lines: [
      { hcpcs: 'E0781', modifiers: ['RR', 'KX'], units: 1, dateOfService: '2025-02-10', rentalMonth: 5 },
      { hcpcs: 'A4222', modifiers: ['KX'], units: 1, dateOfService: '2025-02-10' },
      { hcpcs: 'J2270', modifiers: ['KX'], units: 30, dateOfService: '2025-02-10', chargeCents: 20000 },
      { hcpcs: 'G0068', units: 1, dateOfService: '2025-02-10' },
      { hcpcs: 'J1170', modifiers: ['KX'], units: 2, dateOfService: '2025-02-10' },
      { hcpcs: 'S9500', units: 1, dateOfService: '2025-02-10' },
    ],
    pricing: { state: 'AL', zip: '35203', rural: '', deductibleRemainingCents: '0' },
  },
  {
    id: 'x12-home-infusion-claims',
    label: '837P: two DME MAC claims, March 2026',
    from: 'examples/x12/home-infusion-claims.837',
    file: 'home-infusion-claims.837',
    pricing: { state: 'IN', zip: '', rural: 'false', deductibleRemainingCents: '' },
  },
  {
    id: 'x12-guide-example-10.3',
    label: "837P: the implementation guide's home infusion example 10.3",
    from: 'examples/x12/guide-example-10.3.837',
    file: 'guide-example-10.3.837',
    pricing: { state: 'IN', zip: '', rural: 'false', deductibleRemainingCents: '' },
  },
  {
    id: 'x12-malformed',
    label: "837P that declares ':' but writes '>' (refused)",
    from: 'test/fixtures/x12/demo.example6.837 (the guide example 6 as LinuxForHealth/x12 publishes it)',
    file: 'demo.example6.837',
    pricing: { state: 'IN', zip: '', rural: 'false', deductibleRemainingCents: '' },
  },
];
