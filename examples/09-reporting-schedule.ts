/**
 * 报告、审核、走访和检查日程：a member away fourteen months from 31 August, the full
 * calendar printed and written as an iCalendar file any calendar program can load.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DUTIES, DUTY_BEARER_NAMES, DUTY_TEXTS, SCHEDULE_PARTY_NAMES, explain, reportingSchedule, scheduleToICalendar } from "mobile-member-rules";

const STATUS = { met: "已履行", pending: "未到期", overdue: "逾期" } as const;

const schedule = reportingSchedule({
  departure: "2024-08-31",
  backOn: "2025-10-31",
  document: "activity-card",
  departmentConcentrated: true,
  period: { from: "2024-08-01", before: "2026-01-01" },
  asOf: "2025-03-15",
  done: [
    { kind: "departure-briefing", on: "2024-08-26" },
    { kind: "card-verification", on: "2024-09-12" },
    { kind: "member-report", on: "2025-02-20" },
  ],
});
console.log(explain(schedule));
console.log("\n日程：");
for (const o of schedule.outcome.obligations) {
  console.log(
    `  ${o.due}  ${SCHEDULE_PARTY_NAMES[o.owedBy].zh} → ${SCHEDULE_PARTY_NAMES[o.owedTo].zh}：${o.what.zh}  [${STATUS[o.status]}${o.metOn ? ` ${o.metOn}` : ""}]`,
  );
}

console.log("\n没有具体日期的职责：");
for (const id of schedule.outcome.duties) {
  console.log(`  ${DUTY_BEARER_NAMES[DUTIES[id].bearer].zh}：${DUTY_TEXTS[id].zh}`);
}

const folder = fileURLToPath(new URL("./output/", import.meta.url));
mkdirSync(folder, { recursive: true });
const file = `${folder}schedule-2024-08-31.ics`;
writeFileSync(file, scheduleToICalendar(schedule.outcome.obligations, { stampedOn: "2025-03-15" }));
console.log(`\n已写出日历文件（可导入任何日历程序）：examples/output/schedule-2024-08-31.ics`);
