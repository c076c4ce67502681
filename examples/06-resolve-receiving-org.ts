/**
 * 二（一）3–6：正式组织关系转到哪里（或留在哪里）。The categories of the text, with
 * their edge cases, each with its reasons in Chinese.
 */
import {
  explain,
  resolveReceivingOrg,
  type MemberSituation,
  type ResolveReceivingOrgOptions,
} from "mobile-member-rules";

const noDedicatedOrg = { departmentHasMobileMemberOrg: false };

function show(title: string, member: MemberSituation, options: ResolveReceivingOrgOptions = {}): void {
  console.log(`\n---- ${title} ----`);
  console.log(explain(resolveReceivingOrg(member, options)));
}

show("外出一年到无党组织的单位", {
  category: "away",
  retired: false,
  absence: { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: true },
  destination: { unitHasPartyOrg: false, cannotReceive: null },
  ...noDedicatedOrg,
});
show("社区接收确有困难（经党组织认定并写明理由）", {
  category: "away",
  retired: false,
  absence: { departure: "2024-03-10", expectedReturn: "2025-03-10", placeFixed: true },
  destination: { unitHasPartyOrg: false, cannotReceive: { reason: "所在社区尚未建立党组织" } },
  ...noDedicatedOrg,
});
show(
  "外出一年到有党组织的单位，支部作例外处理，开具党员证明信（二（一）1“一般应当”）",
  {
    category: "away",
    retired: false,
    absence: { departure: "2024-03-10", expectedReturn: "2025-03-11", placeFixed: true },
    destination: { unitHasPartyOrg: true, cannotReceive: null },
    ...noDedicatedOrg,
  },
  { override: { outcome: "certificate-letter", reason: "短期借调，经支部委员会研究保留原组织关系" } },
);
show("毕业5个月尚未落实工作单位", {
  category: "graduate",
  since: "2024-06-30",
  placementRegisteredOn: null,
  asOf: "2024-11-30",
  workUnit: null,
  ...noDedicatedOrg,
});
show("毕业7个月尚未落实工作单位", {
  category: "graduate",
  since: "2024-06-30",
  placementRegisteredOn: null,
  asOf: "2025-01-30",
  workUnit: null,
  ...noDedicatedOrg,
});
show("改制后流向不确定", { category: "restructured", flow: "uncertain", destination: null, ...noDedicatedOrg });
show("被原单位返聘的退休干部", { category: "reemployed-by-original-unit", ...noDedicatedOrg });
show("离退休人员外出务工，时间地点都不确定", {
  category: "away",
  retired: true,
  absence: { departure: "2024-03-10", expectedReturn: null, placeFixed: false },
  destination: { unitHasPartyOrg: true, cannotReceive: null },
  ...noDedicatedOrg,
});
