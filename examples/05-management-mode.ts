/**
 * 一（二）3：流动党员由哪个党组织管理。Every case of the text, the overlaps, and the
 * facts the text does not cover, each with its reasons in Chinese.
 */
import { explain, managementMode, type ManagementFacts, type RuleOptions } from "mobile-member-rules";

const stableAtOrg: ManagementFacts = {
  employment: "stable",
  workplaceHasPartyOrg: true,
  industryAssociation: false,
  personnelFileHolder: "other",
  residenceFixed: true,
  residenceChangesOften: false,
};

function show(title: string, facts: ManagementFacts, options: RuleOptions = {}): void {
  console.log(`\n---- ${title} ----`);
  console.log(explain(managementMode(facts, options)));
}

show("就业稳定，单位有党组织", stableAtOrg);
show("就业稳定，单位无党组织但有行业协会", { ...stableAtOrg, workplaceHasPartyOrg: false, industryAssociation: true });
show("暂无工作，档案在人才交流中心", {
  ...stableAtOrg,
  employment: "none",
  workplaceHasPartyOrg: null,
  industryAssociation: null,
  personnelFileHolder: "talent-agency",
});
show("就业不稳定，居住地固定", { ...stableAtOrg, employment: "unstable" });
show("就业不稳定，居住地经常变动，单位却有党组织", {
  ...stableAtOrg,
  employment: "unstable",
  residenceFixed: false,
  residenceChangesOften: true,
});
show("条文未覆盖：就业稳定，单位无党组织也无行业协会，居住地固定", {
  ...stableAtOrg,
  workplaceHasPartyOrg: false,
});
show("情形重叠：有行业协会，同时居住地经常变动", {
  ...stableAtOrg,
  workplaceHasPartyOrg: false,
  industryAssociation: true,
  residenceFixed: false,
  residenceChangesOften: true,
});
show("暂无工作，档案在人才交流中心，但人才流动服务机构党组织没有接收管理（解释三十）", {
  ...stableAtOrg,
  employment: "none",
  workplaceHasPartyOrg: null,
  industryAssociation: null,
  personnelFileHolder: "talent-agency",
  permittedManagerDeclined: true,
});
show(
  "就业稳定，有行业协会，居住地经常变动，选定“由”先于“可由”（解释十二、解释三十六）",
  { ...stableAtOrg, workplaceHasPartyOrg: false, industryAssociation: true, residenceFixed: false, residenceChangesOften: true },
  { interpretations: { "Q12.overlapping-management-conditions": "shall-before-may" } },
);
