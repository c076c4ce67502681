/**
 * 二（二）5、三（二）2、二（一）2：评议等次与处理。A member with five and with six unexcused
 * months without dues, a probationary member with the same six months, a member long out of
 * contact who did not correct after education, and a branch where too many would be 优秀.
 */
import {
  APPRAISAL_GRADE_NAMES,
  evaluationCohort,
  evaluationGrade,
  explain,
  type AppraisalRecord,
} from "mobile-member-rules";

const year = Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, "0")}`);

function record(unpaidMonths: number, extra: Partial<AppraisalRecord> = {}): AppraisalRecord {
  return {
    probationary: false,
    departure: "2023-06-01",
    period: { from: "2024-01-01", to: "2024-12-31" },
    months: year.map((month, i) => ({
      month,
      organizationalLife: true,
      duesPaid: i < 12 - unpaidMonths,
      assignedWork: true,
      contact: { inflow: true, outflow: true },
      excused: null,
    })),
    reports: ["2024-05-20", "2024-11-18"],
    activityCard: "verified",
    violation: "none",
    outstandingContribution: false,
    transferNotArranged: null,
    outOfContactEducation: "not-yet-educated",
    correction: "not-yet-required",
    ...extra,
  };
}

console.log("---- 连续5个月无正当理由不交纳党费 ----");
console.log(explain(evaluationGrade(record(5))));
console.log("\n---- 连续6个月无正当理由不交纳党费 ----");
console.log(explain(evaluationGrade(record(6))));
console.log("\n---- 预备党员连续6个月无正当理由不交纳党费 ----");
console.log(explain(evaluationGrade(record(6, { probationary: true }))));
console.log("\n---- 连续6个月不交纳党费，但有正当理由（住院治疗） ----");
const excused = record(6);
console.log(
  explain(
    evaluationGrade({
      ...excused,
      months: excused.months.map((m) => (m.duesPaid ? m : { ...m, excused: "住院治疗，经支部同意缓交" })),
    }),
  ),
);
console.log("\n---- 下半年与流入地、流出地党组织均未联系，经教育仍不改正 ----");
const silent = record(0, { outOfContactEducation: "not-corrected-after-education" });
console.log(
  explain(
    evaluationGrade({
      ...silent,
      months: silent.months.map((m, i) => (i < 6 ? m : { ...m, contact: { inflow: false, outflow: false } })),
    }),
  ),
);

console.log("\n---- 支部7名党员均表现突出：优秀不超过三分之一 ----");
const cohort = evaluationCohort({
  members: ["甲", "乙", "丙", "丁", "戊", "己", "庚"].map((id, i) => ({
    id,
    record: record(0, { outstandingContribution: true }),
    votes: 10 + i,
  })),
});
console.log(explain(cohort));
for (const result of cohort.outcome.results) {
  const grade = result.grade === null ? "不评定等次" : APPRAISAL_GRADE_NAMES[result.grade].zh;
  console.log(`  ${result.id}（得票${10 + "甲乙丙丁戊己庚".indexOf(result.id)}）：${grade}${result.movedDown ? "（由优秀调为合格）" : ""}`);
}
