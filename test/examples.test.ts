import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("the examples policy staff run", () => {
  it("all run, as `npm run examples` runs them, and print their answers in Chinese", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "examples/run-all.ts"], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TZ: "America/Los_Angeles" },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\d+ examples ran\./);
    expect(run.stdout).toContain("2024-08-31 起 6 个月：至 2025-02-28（月末）");
    expect(run.stdout).toContain("“6个月以上”：是；“6个月以内”：是");
    expect(run.stdout).toContain("departure：日期无效：应为存在的公历日期");
    // Messages name the position and the expected form, never the value given.
    expect(run.stdout).not.toContain("2023-02-29 不是");
    expect(run.stdout).toContain("---- 8月31日外出，次年2月28日返回（6个月期间因无对应日止于月末） ----");
    expect(run.stdout).toContain("---- 条文未覆盖：就业稳定，单位无党组织也无行业协会，居住地固定 ----");
    expect(run.stdout).toContain("---- 毕业7个月尚未落实工作单位 ----");
    expect(run.stdout).toContain("结论：组织关系转移到父母、配偶所属社区党组织，也可以转移到人才流动服务机构党组织");
    expect(run.stdout).toContain("暂无联络员：党员46、党员47");
    expect(run.stdout).toContain("结论：被认为是自行脱党；处理意见：除名");
    expect(run.stdout).toContain("庚（得票16）：优秀");
    expect(run.stdout).toContain("已写出日历文件");
  });
});
