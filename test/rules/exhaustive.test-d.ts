/**
 * The decision enums are closed: a match that leaves a case out does not compile. Each
 * block keeps a deliberately incomplete match under @ts-expect-error, so the day a case
 * is added and not handled, or exhaustiveness stops being checked, this file fails.
 */
import { match } from "ts-pattern";
import { expectTypeOf, test } from "vitest";
import type {
  AbsenceDocument,
  ManagementCase,
  MemberSituation,
  PartyOrg,
  PeriodRelation,
} from "mobile-member-rules";

test("documents of 2.1.1", () => {
  const complete = (d: AbsenceDocument) =>
    match(d)
      .with("transfer-letter", () => 1)
      .with("certificate-letter", () => 2)
      .with("activity-card", () => 3)
      .exhaustive();
  const incomplete = (d: AbsenceDocument) =>
    // @ts-expect-error: the activity card is not handled
    match(d).with("transfer-letter", () => 1).with("certificate-letter", () => 2).exhaustive();
  expectTypeOf(complete).returns.toEqualTypeOf<number>();
  void incomplete;
});

test("cases of 1.2.3", () => {
  const incomplete = (c: ManagementCase) =>
    match(c)
      .with("stable-job-workplace-org", () => 1)
      .with("workplace-without-org-industry-association", () => 2)
      .with("no-job-file-at-agency", () => 3)
      .with("unstable-job-fixed-residence", () => 4)
      // @ts-expect-error: "residence-changes-often" is not handled
      .exhaustive();
  void incomplete;
});

test("member categories of 2.1.3–2.1.6", () => {
  const incomplete = (m: MemberSituation) =>
    match(m)
      .with({ category: "away" }, () => 1)
      .with({ category: "graduate" }, () => 2)
      .with({ category: "restructured" }, () => 3)
      .with({ category: "socialized-retiree" }, { category: "retired-cadre-settled-elsewhere" }, () => 4)
      .with({ category: "reemployed-by-original-unit" }, () => 5)
      // @ts-expect-error: demobilized servicemen are not handled
      .exhaustive();
  void incomplete;
});

test("organizations and period relations", () => {
  const org = (o: PartyOrg) =>
    // @ts-expect-error: only two of the organizations are handled
    match(o).with("workplace-org", () => 1).with("original-org", () => 2).exhaustive();
  const relation = (r: PeriodRelation) =>
    // @ts-expect-error: "longer" is not handled
    match(r).with("shorter", () => 1).with("exact", () => 2).exhaustive();
  void [org, relation];
});
