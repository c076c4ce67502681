/**
 * The implementation opinion, paragraph by paragraph.
 *
 * 《关于加强和改进区直机关流动党员管理工作的实施意见》, Working Committee of the
 * Organs directly under the Ningxia Hui Autonomous Region (区直机关工委), 2013-07-19.
 *
 * Every paragraph of the opinion is registered here under a stable id: the Chinese
 * label a reader cites (二（一）1), the official Chinese text exactly as it stands in
 * `docs/policy/opinion.zh.md` (a test keeps the two identical), an English rendering,
 * and what kind of clause it is. `ClauseId` is a string-literal union, so citing a
 * clause that does not exist is a compile error.
 *
 * @module
 */
import { deepFreeze } from "../frozen.js";

/** Every clause id, in the order of the text. */
export const CLAUSE_IDS = [
  "preamble",
  "1.1",
  "1.2",
  "1.2.1",
  "1.2.2",
  "1.2.3",
  "1.2.4",
  "2.1",
  "2.1.1",
  "2.1.2",
  "2.1.3",
  "2.1.4",
  "2.1.5",
  "2.1.6",
  "2.1.7",
  "2.2",
  "2.2.1",
  "2.2.2",
  "2.2.3",
  "2.2.4",
  "2.2.5",
  "3.1",
  "3.2",
  "3.2.1",
  "3.2.2",
  "3.2.3",
  "3.3",
  "3.4",
] as const;

/**
 * The id of one paragraph of the opinion, for example `"2.1.1"` for 二（一）1.
 * Ids are the outline numbers of the text; `"preamble"` is the untitled opening.
 */
export type ClauseId = (typeof CLAUSE_IDS)[number];

/**
 * What a clause asks of the library.
 * - `rule`: decides something about a member, an organization or a date.
 * - `duty`: a recurring or event-triggered obligation on a person or organization.
 * - `principle`: guidance with nothing to decide; registered so coverage is complete.
 */
export type ClauseKind = "rule" | "duty" | "principle";

/** One registered paragraph of the opinion. */
export interface OpinionClause {
  /** The clause id. */
  readonly id: ClauseId;
  /** How a Chinese reader cites the clause, for example 二（一）1. */
  readonly label: string;
  /** What the clause asks of the library; a clause may be both a rule and a duty. */
  readonly kinds: readonly [ClauseKind, ...ClauseKind[]];
  /** The official Chinese text of the paragraph, exactly as published (two typos of the copy corrected, see the policy file). */
  readonly zh: string;
  /** An English rendering of the paragraph (the library's, not an official translation). */
  readonly en: string;
}

type ClauseBody = Omit<OpinionClause, "id">;

// A mapped type over ClauseId: leaving a clause out, or adding one that is not in
// CLAUSE_IDS, is a compile error.
const CLAUSE_BODIES: { readonly [Id in ClauseId]: ClauseBody } = {
  "preamble": {
    label: "序言",
    kinds: ["principle"],
    zh: "为了进一步加强对流动党员的教育管理工作,根据中共中央办公厅《关于加强和改进流动党员管理工作的意见》及党内有关规定,结合区直机关实际,提出以下实施意见。",
    en: "To further strengthen the education and management of mobile Party members, these implementing opinions are issued on the basis of the CPC Central Committee General Office's Opinion on Strengthening and Improving the Management of Mobile Party Members and other relevant Party rules, in light of the actual situation of the regional organs.",
  },
  "1.1": {
    label: "一（一）",
    kinds: ["principle"],
    zh: "（一）指导思想:坚持以马克思列宁主义、毛泽东思想、邓小平理论和“三个代表”重要思想为指导,全面落实科学发展观,贯彻党要管党、从严治党的方针,进一步规范和改进流动党员教育管理机制,充分发挥流动党员的先锋模范作用,始终保持先进性。",
    en: "(1) Guiding thought: take Marxism-Leninism, Mao Zedong Thought, Deng Xiaoping Theory and the important thought of the \"Three Represents\" as guidance; fully implement the Scientific Outlook on Development; carry out the policy that the Party must supervise itself and govern itself strictly; further standardize and improve the mechanism for educating and managing mobile Party members; give full play to their vanguard and exemplary role; and always keep them advanced.",
  },
  "1.2": {
    label: "一（二）",
    kinds: ["principle"],
    zh: "（二）基本要求:",
    en: "(2) Basic requirements:",
  },
  "1.2.1": {
    label: "一（二）1",
    kinds: ["principle"],
    zh: "1、坚持教育管理与服务相结合。按照“有利于党组织的教育管理,有利于流动党员发挥作用”的原则,创新管理方式,落实管理责任,强化服务意识,寓教育、管理于服务之中,切实做好流动党员教育、管理和监督工作,进一步增强流动党员的党性观念、组织观念和光荣感、归属感与责任感。",
    en: "1. Combine education and management with service. Following the principle of \"favourable to the Party organization's education and management, favourable to mobile Party members playing their role\", innovate management methods, carry out management responsibilities, strengthen the awareness of service, and place education and management within service; do the education, management and supervision of mobile Party members well, and further strengthen their Party spirit, sense of organization, and sense of honour, belonging and responsibility.",
  },
  "1.2.2": {
    label: "一（二）2",
    kinds: ["duty"],
    zh: "2、坚持条块结合,双向管理。实行工作单位和居住地或单位所在地党组织相互结合,流出地和流入地党组织双向配合共同管理的工作体制。流出地党组织要对流动党员登记造册,掌握去向,采取有效办法加强教育管理,并向所去地方、单位党组织通报并及时掌握外出党员的表现情况;流入地党组织要主动与流出地党组织保持经常联系,及时沟通,切实承担起流动党员教育管理工作的重要责任。",
    en: "2. Combine the vertical and the territorial; manage from both ends. Apply a working system in which the workplace and the place of residence (or the place where the workplace is) Party organizations act together, and the outflow and inflow Party organizations cooperate to manage jointly. The outflow Party organization must register mobile Party members, keep track of where they went, take effective measures to strengthen education and management, inform the Party organization of the place or unit they went to, and keep informed in time of how the members who left are performing. The inflow Party organization must on its own initiative keep regular contact with the outflow Party organization, communicate in time, and truly take on its important responsibility for educating and managing mobile Party members.",
  },
  "1.2.3": {
    label: "一（二）3",
    kinds: ["rule"],
    zh: "3、坚持因地制宜、分类指导。根据流动党员的就业形式和居住状况,合理确定党员的管理方式。就业比较稳定、工作单位建立党组织的由单位党组织管理;工作单位未建党组织而有行业协会的,可由行业协会党组织或行业主管部门党组织统一管理。暂时未落实工作单位,人事档案挂靠在人才流动服务机构或劳动力流动服务机构的,可由人才流动服务机构或劳动力流动服务机构党组织管理。就业单位不够稳定、居住地比较固定的,由居住地党组织管理;居住地经常变动的,由原所在党组织管理。",
    en: "3. Adapt to local conditions and guide by category. Decide how a member is managed from the mobile member's form of employment and residence. Where employment is fairly stable and the workplace has set up a Party organization, the workplace Party organization manages the member; where the workplace has no Party organization but there is an industry association, the industry association's Party organization or the industry regulator's Party organization may bring the member under unified management. Where the member has not yet found a workplace and the personnel file is held by a talent-mobility or labour-mobility service agency, that agency's Party organization may manage the member. Where the workplace is not stable enough but the place of residence is fairly fixed, the residence Party organization manages the member; where the place of residence changes often, the original Party organization manages the member.",
  },
  "1.2.4": {
    label: "一（二）4",
    kinds: ["principle"],
    zh: "4、坚持求真务实,改革创新。要积极研究在改革开放和社会主义市场经济条件下流动党员教育管理工作的特点和规律,重视现代信息技术的运用,建立健全常抓不懈的工作机制。",
    en: "4. Seek truth and be practical; reform and innovate. Actively study the features and patterns of educating and managing mobile Party members under reform, opening up and the socialist market economy, make good use of modern information technology, and build a sound working mechanism that never lets up.",
  },
  "2.1": {
    label: "二（一）",
    kinds: ["principle"],
    zh: "（一）流动党员的组织关系管理。",
    en: "(1) Management of mobile Party members' organizational relationships.",
  },
  "2.1.1": {
    label: "二（一）1",
    kinds: ["rule"],
    zh: "1、党员外出地点或工作单位相对固定,外出时间在6个月以上的,一般应当开具组织关系介绍信;外出时间在6个月以内的,一般应当开具党员证明信;外出地点、时间不确定的,一般应当持《流动党员活动证》。",
    en: "1. Where the member's place of absence or workplace is relatively fixed and the absence is 6 months or more, an organizational-relationship transfer letter should generally be issued; where the absence is within 6 months, a Party membership certificate letter should generally be issued; where the place and time of absence are uncertain [外出地点、时间: the text does not say whether one of the two suffices; see interpretation Q3], the member should generally carry a Mobile Party Member Activity Card.",
  },
  "2.1.2": {
    label: "二（一）2",
    kinds: ["rule","duty"],
    zh: "2、《流动党员活动证》经流出地机关党委盖章后,由党支部登记发放。流入地党支部要及时验证并报上级党组织备案。《流动党员活动证》由流动党员正式组织关系所在党支部每年审核一次。流动党员无正当理由不及时办理组织关系转接事宜、长期不与流入地和流出地党组织联系的,党组织要进行批评教育。经教育仍不改正的,其正式组织关系所在党组织要按党章及党内有关规定进行组织处理。",
    en: "2. The Mobile Party Member Activity Card, once stamped by the outflow organ Party committee, is registered and issued by the Party branch. The inflow Party branch must verify it promptly and file it with the Party organization above it. The Party branch holding the mobile member's formal organizational relationship reviews the card once a year. Where a mobile member, without proper reason, does not promptly arrange the transfer of the organizational relationship, or for a long time has no contact with the inflow and outflow Party organizations, the Party organization must criticize and educate the member. Where the member still does not correct this after education, the Party organization holding the formal organizational relationship must apply organizational handling under the Party Constitution and other relevant Party rules.",
  },
  "2.1.3": {
    label: "二（一）3",
    kinds: ["rule"],
    zh: "3、凡党员所去单位已建立党组织的,应当将组织关系转移到单位党组织;单位未建立党组织的,应当将组织关系转移到单位或党员所居住的社区党组织。以上单位或地方接收确有困难的,也可以转移到行业主管部门或有关服务机构党组织。在流动党员较为集中的部门,可专门建立流动党员党组织。",
    en: "3. Where the unit the member goes to has set up a Party organization, the organizational relationship should be transferred to that unit's Party organization; where the unit has not, it should be transferred to the community Party organization of the unit or of the member's residence. Where those units or places truly have difficulty receiving it, it may also be transferred to the Party organization of the industry regulator or of a relevant service agency. Departments where mobile Party members are fairly concentrated may set up a dedicated Party organization for mobile Party members.",
  },
  "2.1.4": {
    label: "二（一）4",
    kinds: ["rule"],
    zh: "4、待安置、分配的复转军人和大中专毕业生中的党员,6个月尚未落实工作单位,应将其组织关系转移至父母、配偶所属社区党组织或人才交流机构党组织。",
    en: "4. For Party members among demobilized or transferred servicemen and college or technical-school graduates awaiting placement or assignment who are still without a work unit after 6 months, the organizational relationship should be transferred to the community Party organization of their parents or spouse, or to the Party organization of a talent-exchange agency.",
  },
  "2.1.5": {
    label: "二（一）5",
    kinds: ["rule"],
    zh: "5、厅局下属的企事业单位改制后与原单位解除劳动关系的党员,流向比较集中的,原所在单位党组织应当与其所去单位党组织做好衔接工作,帮助党员及时落实组织关系。党员流向不确定的,一般先将其组织关系转移到居住地的社区党组织。",
    en: "5. For Party members whose labour relation with the original unit ended when an enterprise or public institution under a department was restructured: where they flow fairly concentratedly, the Party organization of the original unit should coordinate with the Party organization of the unit they go to and help them settle their organizational relationship promptly. Where their destination is uncertain, their organizational relationship is generally first transferred to the community Party organization of their place of residence.",
  },
  "2.1.6": {
    label: "二（一）6",
    kinds: ["rule"],
    zh: "6、对已纳入社会化管理的企业退休职工中的党员,应将其组织关系转移到党员居住地的社区党组织;在外长期定居的离退休干部、职工中的党员,应将其组织关系转移至现居住地党组织;对异地居住、受聘到新的单位工作或外出务工经商的,应当根据时间长短及工作单位等具体情况转移组织关系;被原单位返聘的,其党员组织关系仍留在原单位党组织。",
    en: "6. For Party members among enterprise retirees already under socialized management, the organizational relationship should be transferred to the community Party organization of the member's residence; for Party members among retired cadres and staff settled long-term elsewhere, it should be transferred to the Party organization of the current place of residence; for those living elsewhere, employed by a new unit, or working or trading away from home, the organizational relationship should be transferred according to the length of time, the workplace and other concrete circumstances; for those re-employed by the original unit, the Party member's organizational relationship stays with the original unit's Party organization.",
  },
  "2.1.7": {
    label: "二（一）7",
    kinds: ["rule","duty"],
    zh: "7、建立流动党员基本信息库。在党内基本信息库中,录入流动党员的基本情况,实行动态管理,及时掌握本部门、本单位外出和外来流动党员的基本情况。基层党组织要设立《外出党员登记簿》和《外来党员登记簿》,记录流动党员的详细情况。要建立流动党员基本情况定期报送制度,党支部每半年将有关情况上报机关党委,机关党委每年底将有关情况上报区直机关工委。",
    en: "7. Build a basic information base on mobile Party members. Enter mobile members' basic particulars in the Party's basic information base, manage it dynamically, and keep informed of the department's and unit's outgoing and incoming mobile Party members. Primary Party organizations must keep a Register of Outgoing Party Members and a Register of Incoming Party Members recording mobile members' details. Set up a system of regular reporting on mobile Party members: each Party branch reports to the organ Party committee every half year, and each organ Party committee reports to the Working Committee of the regional organs at the end of every year.",
  },
  "2.2": {
    label: "二（二）",
    kinds: ["principle"],
    zh: "（二）对流动党员的教育管理。",
    en: "(2) Education and management of mobile Party members.",
  },
  "2.2.1": {
    label: "二（二）1",
    kinds: ["rule"],
    zh: "1、对流动党员的教育管理,流出地与流入地党组织应各负其责,共同做好教育和管理。在流动党员流动前、流动期间和流动后均要加强教育,做到教育不脱节,管理不断线,党员流动到哪里,党组织的教育管理就覆盖到哪里。",
    en: "1. In educating and managing mobile Party members, the outflow and inflow Party organizations each bear their own responsibility and together do the education and management well. Education is to be strengthened before, during and after the mobility, so that education never comes apart and management never breaks off: wherever Party members move, the Party organization's education and management covers them.",
  },
  "2.2.2": {
    label: "二（二）2",
    kinds: ["duty"],
    zh: "2、党员外出前,党组织要对他们提出明确要求,告知联系方式。教育他们认真履行党员义务,正确行使党员权利,积极参加党的组织生活,完成党组织交给的任务,发挥先锋模范作用。",
    en: "2. Before a Party member leaves, the Party organization must state clear requirements and give contact details; educate members to fulfil their duties as Party members conscientiously, exercise their rights correctly, take an active part in the Party's organizational life, complete the tasks the Party organization gives them, and play a vanguard and exemplary role.",
  },
  "2.2.3": {
    label: "二（二）3",
    kinds: ["duty"],
    zh: "3、流动党员原所在单位党组织,有条件的要采取定期寄发学习资料,或者利用书信、电话等方式加强联系。要充分利用各部门的党建网站或网页,设立流动党员教育专栏,传送党员教育资料,开展党员咨询服务。接收流动党员组织关系的党组织,要结合流动党员的学习需求,抓住时机开展集中培训、专题教育和组织活动,不断提高流动党员的思想素质和业务能力。",
    en: "3. The Party organization of the mobile member's original unit should, where conditions allow, send study materials regularly or keep in touch by letter, telephone and the like. Make full use of departments' Party-building websites or web pages, set up education columns for mobile Party members, send Party education materials, and offer consultation services. The Party organization that receives a mobile member's organizational relationship must, in line with the member's learning needs, seize opportunities to hold concentrated training, thematic education and organizational activities, and keep raising mobile members' ideological quality and professional competence.",
  },
  "2.2.4": {
    label: "二（二）4",
    kinds: ["rule","duty"],
    zh: "4、流动党员要积极参加党的组织生活,按规定交纳党费。每6个月要以书信、电话或互联网等形式向组织关系所在地党组织汇报思想、学习和工作情况,接受党组织的教育、管理和监督。",
    en: "4. Mobile Party members must take an active part in the Party's organizational life and pay Party dues as required. Every 6 months they must report their thinking, study and work to the Party organization holding their organizational relationship, by letter, telephone, the internet or other means, and accept the Party organization's education, management and supervision.",
  },
  "2.2.5": {
    label: "二（二）5",
    kinds: ["rule"],
    zh: "5、党组织通过查验《流动党员活动证》、听取流动党员思想、工作情况汇报等方式,了解流动党员外出期间的表现情况,对其进行评议。要严格执行评议和处置标准,按规定评定等次,作出相应处理。",
    en: "5. The Party organization learns how mobile members performed while away by checking the Mobile Party Member Activity Card, hearing their reports on their thinking and work and other means, and appraises them. It must apply the appraisal and handling standards strictly, assign a grade according to the rules, and handle the member accordingly.",
  },
  "3.1": {
    label: "三（一）",
    kinds: ["principle","duty"],
    zh: "（一）机关各级党组织特别是流动党员比较集中的部门,要把加强和改进流动党员教育管理工作纳入基层党建工作责任制,定期分析研究,认真检查落实,切实加强领导和指导。有关部门在流动人员登记备案中,要增加“政治面貌”内容。",
    en: "(1) Party organizations at every level of the organs, especially in departments where mobile Party members are fairly concentrated, must include strengthening and improving the education and management of mobile Party members in the responsibility system for primary-level Party building, analyse and study it regularly, check its implementation conscientiously, and truly strengthen leadership and guidance. Relevant departments must add \"political status\" to the registration and filing of mobile persons.",
  },
  "3.2": {
    label: "三（二）",
    kinds: ["principle"],
    zh: "（二）建立健全流动党员教育管理制度。",
    en: "(2) Establish and improve systems for educating and managing mobile Party members.",
  },
  "3.2.1": {
    label: "三（二）1",
    kinds: ["rule"],
    zh: "1、流动党员联系制度。凡有流动党员的党支部,应确定党支部书记或支部委员作为他们的联络员,每人联系15名流动党员。联络员负责与流动党员进行联络与沟通,协助党组织做好他们的思想政治工作,了解他们外出表现并如实向党组织报告。",
    en: "1. Liaison system for mobile Party members. Every Party branch that has mobile Party members should name the branch secretary or branch committee members as their liaisons, each person keeping in touch with 15 mobile Party members. Liaisons keep in contact and communicate with mobile members, help the Party organization with their political and ideological work, learn how they perform while away, and report truthfully to the Party organization.",
  },
  "3.2.2": {
    label: "三（二）2",
    kinds: ["rule"],
    zh: "2、流动党员目标管理制度。基层党组织应根据本单位的实际情况,对流动党员流动期间参加组织生活、交纳党费、遵纪守法,特别是发挥党员作用等提出具体明确的要求,制定操作性强的目标管理考核办法。对于表现突出的,要给予表彰。",
    en: "2. Target-management system for mobile Party members. Primary Party organizations should, in light of their unit's actual situation, set concrete and clear requirements for mobile members during their mobility on taking part in organizational life, paying Party dues, observing discipline and the law and, above all, playing their role as Party members, and draw up a workable target-management assessment method. Those who perform outstandingly are to be commended.",
  },
  "3.2.3": {
    label: "三（二）3",
    kinds: ["duty"],
    zh: "3、走访慰问流动党员制度。党员外出期间,党组织要定期、不定期地走访其家属,必要时可派员看望流动党员本人,了解情况,积极为他们排忧解难;党员返回后,党组织要上门慰问,与流动党员谈心,听取他们的意见和建议。对外来党员,流入地党组织要热情走访,帮助解决工作、生活中的实际困难,使他们感受到党组织的关怀和温暖。",
    en: "3. System of visiting mobile Party members. While a member is away, the Party organization must visit the member's family at regular and irregular intervals and, where necessary, send someone to see the mobile member in person, learn their situation and actively help solve their difficulties; after the member returns, the Party organization must visit them at home to convey its care (上门慰问), talk with them heart to heart and hear their opinions and suggestions. For incoming Party members, the inflow Party organization must visit them warmly and help solve practical difficulties in work and life, so that they feel the Party organization's care and warmth.",
  },
  "3.3": {
    label: "三（三）",
    kinds: ["rule","duty"],
    zh: "（三）各级党组织要经常深入基层调查研究,督促检查,及时发现和解决在流动党员教育管理工作中存在的问题。对工作中不负责任、推诿扯皮的,要给予教育帮助;情节严重的,要作出必要的组织处理。各部门机关党组织每年底要逐级上报流动党员管理工作情况。区直工委每年对流动党员比较集中的部门进行一次抽查。",
    en: "(3) Party organizations at every level must often go down to the grass roots to investigate, supervise and check, and find and solve problems in the education and management of mobile Party members in time. Those who are irresponsible in this work or shift responsibility must be given education and help; in serious cases, the necessary organizational handling must be applied. Each department's organ Party organization must report on its mobile-member management work level by level at the end of every year. The Working Committee of the regional organs spot-checks, once a year, the departments where mobile Party members are fairly concentrated.",
  },
  "3.4": {
    label: "三（四）",
    kinds: ["principle"],
    zh: "（四）各单位要及时总结推广好的经验和做法探索加强和改进流动党员管理的有效途径。",
    en: "(4) Every unit must promptly sum up and spread good experience and practice, and explore effective ways of strengthening and improving the management of mobile Party members.",
  },
};

/** The registry: every clause of the opinion by id. */
export const OPINION_CLAUSES: { readonly [Id in ClauseId]: OpinionClause } = Object.freeze(
  Object.fromEntries(
    CLAUSE_IDS.map((id) => [id, Object.freeze({ id, ...CLAUSE_BODIES[id] })]),
  ) as { readonly [Id in ClauseId]: OpinionClause },
);

// The exported tables are frozen to the last leaf: a caller writing into one would
// otherwise change every later decision.
for (const table of [CLAUSE_IDS, OPINION_CLAUSES]) deepFreeze(table);
