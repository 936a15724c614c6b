/** A course of two modules and a final assessment, as staff would write it (course-source.ts). */
export const SMALL_COURSE = `# Module: Legal basis
## Lesson: Why a law
A PIU processes **personal data**: it needs a law.

![Diagram](library:12)
Attachment: 14
## Lesson: What the law says
Purposes, retention, oversight.
## Quiz (pass 50%)
### Question: Which resolution requires States to collect API?
- [ ] 1373 (2001) | That one is about terrorist financing.
- [x] 2396 (2017) | Right: paragraph 11.
### Question (several): What does the law set?
- [x] Purposes | Yes.
- [x] Retention | Yes.
- [ ] The colour of the office | No.

# Module: Carriers
## Lesson: Connecting carriers
Carriers push messages.
## Quiz
### Question: Who sends PNR?
- [x] Carriers | Right.
- [ ] Travellers | No: carriers do.

# Final assessment (pass 100%)
### Question: A PIU needs…
- [x] a legal basis | Right.
- [ ] nothing | No.
`;
