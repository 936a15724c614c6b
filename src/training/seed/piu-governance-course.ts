/**
 * The programme's entry-level course on PIU governance, as its source (course-source.ts):
 * written for the officials and analysts who set up and staff a Passenger Information Unit.
 * `seed:demo` publishes it; staff change it through /training/manage like any course.
 */
export const PIU_GOVERNANCE_TITLE = 'PIU governance: an entry-level course';

export const PIU_GOVERNANCE_SUMMARY =
  'What a Passenger Information Unit needs before it screens a single passenger: a political commitment, a legal basis, data protection built in, the right people, working relations with carriers, and a screening workflow where a human decides.';

export const PIU_GOVERNANCE_SOURCE = `# Module: Institutional commitment
## Lesson: Why States set up a PIU
Security Council resolutions **2178 (2014)**, **2396 (2017)** and **2482 (2019)** ask Member States to detect the travel of terrorists and serious criminals. Resolution 2396 makes the collection of Advance Passenger Information (API) mandatory and asks States to develop the capability to collect, process and analyse Passenger Name Record (PNR) data.

A **Passenger Information Unit (PIU)** is the single national body that receives API and PNR from carriers, screens it against watchlists and targeting rules, and passes results to the competent authorities (police, border guards, customs, intelligence) under the law.

One unit, not one per agency: carriers connect once, data is protected in one place, and every use of it is accountable.
## Lesson: The decision to establish the unit
A PIU starts with a decision at the right level of government: usually a decree or a decision of the council of ministers naming

- the **lead ministry** (often the interior ministry) and the PIU's place in it;
- the **agencies** that second staff and receive results;
- a **budget line** for premises, systems and staff for at least three years;
- a **steering committee** that meets at least quarterly and follows the roadmap.

Without this decision, carriers have no one to connect to and agencies have no reason to share staff.
## Lesson: The national roadmap
After the programme's assessment, each beneficiary State agrees a roadmap across four pillars: legislative, PIU, carrier engagement and technology. The PIU pillar covers the Terms of Reference, the standard operating procedures (SOPs), staffing and training, of which this course is the first step.

The national focal point keeps the roadmap current and reports progress to the steering committee.
## Quiz (pass 70%)
### Question: Which Security Council resolution made the collection of API mandatory for Member States?
- [ ] 1373 (2001) | Resolution 1373 is about countering terrorist financing and safe haven, not passenger data.
- [ ] 2178 (2014) | Resolution 2178 called upon States to require API; resolution 2396 made it a decision.
- [x] 2396 (2017) | Right: resolution 2396 decides that Member States shall require airlines to provide API.
### Question: Why one national PIU rather than one per agency?
- [x] Carriers connect once and the data is protected and accountable in one place | Right: one point of contact, one set of safeguards.
- [ ] Each agency keeps its own copy of passenger data | No: that multiplies the risk and the carriers' work.
- [ ] Agencies no longer need to cooperate | No: a PIU depends on agencies seconding staff and acting on results.
### Question (several): What should the decision establishing a PIU name?
- [x] The lead ministry | Yes: the PIU needs a clear home.
- [x] The agencies that second staff and receive results | Yes.
- [x] A budget for several years | Yes: premises, systems and staff cost money every year.
- [ ] The watchlists the PIU will use | No: lists are an operational matter for the SOPs.
### Question: Who keeps the State's roadmap current on the platform?
- [ ] The carriers | No.
- [x] The national focal point | Right: the focal point updates the roadmap and reports on it.
- [ ] The programme's partner agencies | No: partners support, they do not own a State's roadmap.

# Module: Legal basis
## Lesson: What the law must say
Processing passenger data interferes with the right to privacy. It is lawful only when a **law** that is clear and accessible provides for it. The law (or a regulation under it) should set out:

1. the **purposes**: preventing, detecting, investigating and prosecuting terrorist offences and serious crime;
2. the **data** carriers must send (API fields, PNR data elements) and when;
3. the **PIU** as the body that receives and processes it;
4. the **competent authorities** that may request and receive results;
5. **retention** periods and depersonalisation;
6. **oversight** and the rights of the people concerned.
## Lesson: Carriers' obligations and sanctions
Carriers can only be required to send data that a law obliges them to send. The law should also protect carriers when they comply with it (they may face conflicting data-protection rules in other countries) and provide proportionate sanctions when they do not.

ICAO Annex 9 standards and the API/PNR guidelines of WCO, IATA and ICAO describe the message formats (UN/EDIFACT PAXLST and PNRGOV) that the law can refer to.
## Quiz (pass 70%)
### Question: Why does a PIU need a law before it processes passenger data?
- [x] Because processing passenger data interferes with privacy and must be provided for by law | Right: a clear, accessible legal basis is the first safeguard.
- [ ] Because carriers charge for the data | No: the reason is the right to privacy.
- [ ] Because the steering committee cannot meet without one | No.
### Question (several): Which of these belong in the legal framework?
- [x] The purposes for which data may be used | Yes.
- [x] Retention periods | Yes.
- [x] Independent oversight | Yes.
- [ ] The names of the PIU's analysts | No: people change; the law sets roles and rules.
### Question: In which format do carriers usually send API?
- [x] UN/EDIFACT PAXLST | Right.
- [ ] PDF passenger manifests by e-mail | No: structured messages, not documents.
- [ ] PNRGOV | No: PNRGOV carries PNR; API travels as PAXLST.

# Module: Data protection
## Lesson: Principles the PIU applies every day
- **Purpose limitation**: data is used for the purposes the law sets, nothing else.
- **Data minimisation**: only the data elements the law lists; sensitive data (religion, health, sexual life, political opinions) is deleted on receipt and never used in rules.
- **Storage limitation**: data is depersonalised after a short period (for example six months) and deleted after the retention period.
- **Accountability**: every access to a traveller's record is logged with who, when and why.
## Lesson: The data protection officer and oversight
The PIU has a **data protection officer** (DPO) who is independent in that role, checks the logs, advises on rules and handles requests from people who want to know what is held about them. An **external supervisory authority** can inspect the PIU and receive complaints.

The DPO reviews new targeting rules before they are switched on, to check they do not discriminate.
## Lesson: Depersonalisation and re-identification
After the depersonalisation period, names, document numbers and contact details are masked. Unmasking (re-identification) is allowed only for a specific case, with the approval the law requires, and is logged.
## Quiz (pass 75%)
### Question: What happens to sensitive data (for example religion or health) received in a PNR?
- [ ] It is kept for targeting rules | No: sensitive data must never be used in rules.
- [x] It is deleted on receipt and never used | Right.
- [ ] It is masked after five years | No: it should not be kept at all.
### Question: Who reviews a new targeting rule for discrimination before it is switched on?
- [x] The data protection officer | Right: the DPO checks rules before they run.
- [ ] The carrier | No.
- [ ] Nobody: rules are technical | No: rules decide who is looked at more closely.
### Question (several): Which of these are principles a PIU applies?
- [x] Purpose limitation | Yes.
- [x] Data minimisation | Yes.
- [x] Accountability, with every access logged | Yes.
- [ ] Keeping data as long as it might be useful | No: storage limitation sets periods in law.
### Question: When may depersonalised data be unmasked?
- [ ] Whenever an analyst finds it useful | No.
- [x] For a specific case, with the approval the law requires, and logged | Right.
- [ ] Never, under any circumstances | No: the law may allow it, under strict conditions.

# Module: Organisation and staffing
## Lesson: Terms of Reference and structure
The PIU's **Terms of Reference** set its mission, its place in government, its functions and its relations with other agencies. A typical structure has

- a **head of unit** accountable to the lead ministry;
- a **watch desk** working in shifts around the arrival and departure schedule;
- **analysts** who review hits and build targeting rules;
- a **technical team** for connections and systems;
- the **data protection officer**.
## Lesson: Seconded staff and vetting
Most PIUs are staffed by officers seconded from the agencies that use the results. Each officer is **vetted**, trained (this course, then the SOPs) and keeps their agency's powers outside the PIU but works under the PIU's rules inside it.

Access to passenger data is personal: each analyst has their own account with two-step verification, and accounts of people who leave are closed the same day.
## Quiz (pass 70%)
### Question: What do a PIU's Terms of Reference set?
- [x] Its mission, place in government, functions and relations with other agencies | Right.
- [ ] The list of travellers to stop | No: the PIU does not stop travellers by itself.
- [ ] The carriers' prices | No.
### Question: Why does each analyst have their own account?
- [x] So that every access is personal and logged | Right: accountability needs individual accounts.
- [ ] Because shared accounts are slower | No: the reason is accountability.
- [ ] To reduce licence costs | No.
### Question (several): Which roles does a typical PIU have?
- [x] A watch desk working in shifts | Yes.
- [x] Analysts | Yes.
- [x] A data protection officer | Yes.
- [ ] A carrier's check-in agent | No: carriers are outside the PIU.

# Module: Working with carriers
## Lesson: Bringing carriers on board
Carrier engagement starts with the law and a clear **onboarding process**: the PIU (or the ministry) writes to each carrier operating to the State, explains the obligation, agrees the connection (a message broker or a direct channel), tests messages, and confirms the go-live date.

Carriers serve many States: they value one contact, published technical specifications and a test period.
## Lesson: Message quality and follow-up
Once connected, the PIU watches message **timeliness and completeness**: messages sent too late, flights with missing passengers, malformed messages. A monthly quality report to each carrier, and a named contact on both sides, solve most problems before sanctions are needed.
## Quiz (pass 70%)
### Question: What do carriers value most when a new State asks for data?
- [ ] A different format for every State | No: carriers want standard formats.
- [x] One contact, published specifications and a test period | Right.
- [ ] Sanctions from the first day | No: sanctions are a last resort.
### Question: What should the PIU watch once a carrier is connected?
- [x] Timeliness and completeness of its messages | Right.
- [ ] The carrier's ticket prices | No.
- [ ] Nothing: once connected, the work is done | No: quality needs follow-up.
### Question: How are most quality problems solved?
- [ ] By sanctions | No: they are the last step.
- [x] By regular quality reports and named contacts on both sides | Right.
- [ ] By switching carriers off | No.

# Module: The screening workflow
## Lesson: From message to hit
When a message arrives, the system screens each traveller against **watchlists** (the UN Security Council Consolidated List, national lists, lost and stolen travel documents) and against **targeting rules**. A match raises a **hit**: a traveller flagged for review, with the reasons (which fields, which list entry or rule, the score).
## Lesson: A human decides
The system never stops a traveller. An analyst **reviews each hit**: compares the traveller's data with the list entry, checks other sources the law allows, and either clears it as a false match or confirms it. A confirmed hit goes to the competent authority named in the SOPs, with only the data needed, and the decision is recorded.

A second analyst (the four-eyes principle) confirms high-severity hits before they leave the PIU.
## Lesson: Records and audit
Every step leaves a trace: who took the hit, what they compared, why they cleared or confirmed it, to whom it was sent. These records let the DPO and the supervisory authority check the PIU, and let the PIU improve its rules by learning which ones raise too many false matches.
## Quiz (pass 75%)
### Question: What does the system do when a traveller matches a watchlist entry?
- [ ] It denies boarding automatically | No: a human decides.
- [x] It raises a hit for an analyst to review, with its reasons | Right.
- [ ] It deletes the traveller's record | No.
### Question (several): What does an analyst do with a hit?
- [x] Compares the traveller's data with the list entry | Yes.
- [x] Clears it as a false match or confirms it | Yes.
- [ ] Sends the whole PNR to every agency | No: only the data needed, to the authority the SOPs name.
### Question: What is the four-eyes principle in a PIU?
- [x] A second analyst confirms high-severity hits before they leave the PIU | Right.
- [ ] Two carriers send the same data | No.
- [ ] Each traveller is checked twice by the system | No.
### Question: Why keep a record of every step of a hit's review?
- [x] For oversight, and to improve rules that raise too many false matches | Right.
- [ ] To sell statistics to carriers | No.
- [ ] Records are not needed once a hit is cleared | No: cleared hits are reviewed too.

# Final assessment (pass 80%)
### Question: What is the first thing a State needs before its PIU processes passenger data?
- [x] A legal basis that sets purposes, data, retention and oversight | Right.
- [ ] A targeting rule | No: rules come much later.
- [ ] A contract with each carrier | No: the obligation comes from the law.
### Question: Which body receives API and PNR from carriers in a State?
- [ ] Each border post separately | No.
- [x] The Passenger Information Unit | Right.
- [ ] The national airline | No.
### Question (several): Which safeguards protect travellers' data in a PIU?
- [x] Every access logged with who, when and why | Yes.
- [x] Depersonalisation after a set period | Yes.
- [x] An independent data protection officer | Yes.
- [ ] Sharing the data with every agency that asks | No.
### Question: Who decides what happens to a traveller flagged by a rule?
- [ ] The system | No: it only raises hits.
- [x] An analyst, under the SOPs | Right.
- [ ] The carrier | No.
### Question: How should a PIU respond to a carrier that sends late or incomplete messages?
- [x] Report on quality regularly and work through named contacts, sanctions last | Right.
- [ ] Disconnect the carrier at once | No.
- [ ] Ignore it | No.
### Question: Who staffs most PIUs?
- [x] Vetted officers seconded from the agencies that use the results | Right.
- [ ] Staff of the carriers | No.
- [ ] Volunteers | No.
`;
