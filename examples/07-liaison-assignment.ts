/**
 * 三（二）1：联络员制度。A branch of 47 mobile members and 3 committee members: who keeps
 * in touch with whom, and the shortfall the branch must fill.
 */
import { assignmentOf, explain, liaisonAssignment } from "mobile-member-rules";

const members = Array.from({ length: 47 }, (_, i) => `党员${String(i + 1).padStart(2, "0")}`);
const officers = [
  { id: "支部书记王某", role: "secretary" as const },
  { id: "支部委员李某", role: "committee-member" as const },
  { id: "支部委员张某", role: "committee-member" as const },
];

const decision = liaisonAssignment({ mobileMembers: members, officers });
console.log(explain(decision));
for (const { liaison, members: linked } of decision.outcome.liaisons) {
  console.log(`  ${liaison}（${linked.length} 名）：${linked.join("、")}`);
}
console.log(`  暂无联络员：${decision.outcome.unassigned.join("、")}`);

console.log("\n---- 增补一名支部委员后重新安排：原有联系不变 ----");
const again = liaisonAssignment({
  mobileMembers: members,
  officers: [...officers, { id: "支部委员赵某", role: "committee-member" as const }],
  currentAssignment: assignmentOf(decision.outcome),
});
console.log(explain(again));

console.log("\n---- 支部委员本人也在外出（解释三十五）：默认不担任联络员 ----");
const withAway = {
  mobileMembers: [...members.slice(0, 20), "支部委员李某"],
  officers: officers.slice(0, 2),
};
console.log(explain(liaisonAssignment(withAway)));
console.log("\n---- 另选理解：本人外出的支部委员也可担任联络员，但不联系自己 ----");
console.log(explain(liaisonAssignment(withAway, { interpretations: { "Q35.away-officer-as-liaison": "any-officer" } })));
