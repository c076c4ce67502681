/**
 * Bad input never gets an answer: it gets one error that lists every problem, where it
 * is, and what is wrong, in Chinese and English.
 */
import { z } from "zod";
import { CalendarDateSchema, RuleInputError, comparePeriod, renderPath, validateInput } from "mobile-member-rules";

function show(attempt: () => unknown): void {
  try {
    attempt();
  } catch (error) {
    if (!(error instanceof RuleInputError)) throw error;
    for (const issue of error.issues) {
      console.log(`  ${renderPath(issue.path)}：${issue.message.zh}\n    (${issue.message.en})`);
    }
  }
}

console.log("不存在的日期（2024年2月没有30日）：");
show(() => validateInput("examples", CalendarDateSchema, "2024-02-30"));

console.log("\n返回日期早于外出日期：");
show(() => comparePeriod("2024-03-10", "2024-01-10", { months: 6 }));

console.log("\n一条记录中的多处错误，一次全部列出：");
const MemberRecord = z.strictObject({ name: z.string(), departure: CalendarDateSchema, placeFixed: z.boolean() });
show(() => validateInput("examples", MemberRecord, { departure: "2023-02-29", placeFixed: "是", phone: "1" }));
