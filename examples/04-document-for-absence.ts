/**
 * 二（一）1：党员外出应当开具或持有何种证明。Walks through the edge cases a policy officer
 * asks about, printing each decision with its reasons in Chinese.
 */
import { documentForAbsence, explain, type Absence, type DocumentForAbsenceOptions } from "mobile-member-rules";

function show(title: string, absence: Absence, options: DocumentForAbsenceOptions = {}): void {
  console.log(`\n---- ${title} ----`);
  console.log(explain(documentForAbsence(absence, options)));
}

show("地点固定，外出不满6个月", { departure: "2024-03-10", expectedReturn: "2024-09-09", placeFixed: true });
show("地点固定，外出恰好6个月", { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true });
show("8月31日外出，次年2月28日返回（6个月期间因无对应日止于月末）", {
  departure: "2024-08-31",
  expectedReturn: "2025-02-28",
  placeFixed: true,
});
show("地点不确定，时间确定（2个月）", { departure: "2024-03-10", expectedReturn: "2024-05-10", placeFixed: false });
show("地点固定，时间不确定", { departure: "2024-03-10", expectedReturn: null, placeFixed: true });
show("地点不固定，外出一年（6个月以上而地点不固定，解释四）", {
  departure: "2024-03-10",
  expectedReturn: "2025-03-10",
  placeFixed: false,
});
show(
  "地点不固定，恰好6个月，选定“地点、时间都不确定才持活动证”（解释三）：6个月界线仍有不同理解",
  { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: false },
  { interpretations: { "Q3.place-or-time-uncertain": "both-uncertain" } },
);
show("借调到地点相对固定的单位，没有返回计划（解释二十四）", {
  departure: "2024-03-10",
  expectedReturn: "open-ended",
  placeFixed: true,
});
show("在几个已知地点之间往来，外出2个月（解释二十三）", {
  departure: "2024-03-10",
  expectedReturn: "2024-05-10",
  placeFixed: false,
  placeKnown: true,
});
show(
  "恰好6个月，按“6个月以内”理解（另选解释一）",
  { departure: "2024-03-10", expectedReturn: "2024-09-10", placeFixed: true },
  { interpretations: { "Q1.six-month-boundary": "exactly-six-months-is-within" } },
);
show(
  "外出8个月，支部决定作例外处理（条文用“一般应当”，解释五）",
  { departure: "2024-03-10", expectedReturn: "2024-11-10", placeFixed: true },
  { override: { outcome: "certificate-letter", reason: "借调期满即返回原单位，经支部委员会研究保留原组织关系" } },
);
