/**
 * Months by 民法典 第201–202条 and the words of 第1259条: the edge cases a policy
 * officer asks about when the opinion says "6个月以上" or "6个月以内".
 */
import {
  INTERPRETATIONS,
  addCalendarMonths,
  comparePeriod,
  meetsBound,
  type PeriodOptions,
} from "mobile-member-rules";

const RELATION_ZH = { shorter: "不满6个月", exact: "恰好6个月（期间届满）", longer: "超过6个月" } as const;
const yesNo = (value: boolean) => (value ? "是" : "否");

function absence(departure: string, back: string, options: PeriodOptions = {}, note = ""): void {
  const c = comparePeriod(departure, back, { months: 6 }, options);
  console.log(`\n外出 ${departure}，返回 ${back}${note}`);
  const monthEnd =
    options.missingDay === "first-day-of-next-month" ? "（到期月无对应日，按月末日的次日计算）" : "（到期月无对应日，按月末日计算）";
  console.log(`  6个月期间的最后一日：${c.lastDay}${c.clamped ? monthEnd : ""}`);
  console.log(`  外出时间：${RELATION_ZH[c.relation]}`);
  console.log(`  “6个月以上”：${yesNo(meetsBound(c.relation, "以上"))}；“6个月以内”：${yesNo(meetsBound(c.relation, "以内"))}`);
  if (meetsBound(c.relation, "以上") && meetsBound(c.relation, "以内")) {
    console.log(`  → 两者同时成立：${INTERPRETATIONS["Q1.six-month-boundary"].question.zh}`);
  }
  if (c.clamped) {
    console.log(`  → 结果取决于月末规则：${INTERPRETATIONS["Q14.missing-corresponding-day"].question.zh}`);
  }
}

console.log("按月计算期间：开始当日不计入，到期月的对应日为最后一日，没有对应日的以月末日为最后一日。");
for (const [date, months] of [
  ["2024-01-31", 1],
  ["2023-01-31", 1],
  ["2024-08-31", 6],
  ["2024-01-31", 6],
  ["2024-02-29", 12],
] as const) {
  const shift = addCalendarMonths(date, months);
  console.log(`  ${date} 起 ${months} 个月：至 ${shift.date}${shift.clamped ? "（月末）" : ""}`);
}

absence("2024-03-10", "2024-09-09");
absence("2024-03-10", "2024-09-10");
absence("2024-03-10", "2024-09-11");
absence("2024-08-31", "2025-02-28");
absence("2024-08-31", "2025-02-28", { missingDay: "first-day-of-next-month" }, "（按解释 Q14 的另一读法：月末日的次日）");
absence("2024-08-31", "2025-02-28", { measure: "thirty-day-months" }, "（按解释 Q2 的另一读法：每月30日）");
