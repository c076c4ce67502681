/**
 * The command line's help, in a module of its own: `--help` and `--version` answer without
 * loading the rules.
 *
 * @module
 */

/** The help text. @internal */
export const HELP = `mobile-member-rules — 流动党员管理规则 / rules for managing mobile Party members

用法 / usage:
  mobile-member-rules check <文件或文件夹…> [--lang en] [--verbose] [--json]
      检查情景文件：每个情景一行，未通过的附不符之处和说明。有未通过的情景，
      或未检查任何情景时，以非零状态退出。文件夹中检查所有 .json 文件（不分大小写），
      不含 *.schema.json、node_modules 和以“.”开头的项。
      Checks scenario files: a line per scenario, with what differed and the explanation
      for each failure. Exits non-zero on any failure, or when nothing was checked. In
      folders: every .json file (any case) except *.schema.json, node_modules and names
      starting with ".".
  mobile-member-rules explain <rule> <input.json> [--options options.json] [--lang en] [--json]
      对一份输入作出决定并逐步说明；不带参数时列出可用的规则。
      Decides one input and explains it step by step; without arguments, lists the rules.
  mobile-member-rules init <文件夹> [--force] [--lang en]
      将示例情景文件复制到该文件夹，供修改和检查。
      Copies the starter scenarios into the folder, to edit and check.
  mobile-member-rules schema
      输出情景文件的 JSON Schema。Prints the JSON Schema of scenario files.
  mobile-member-rules roster <花名册文件> --as-of 年-月-日 [--out 文件夹] [--impact] [--ambiguities]
                             [--readings 文件] [--format csv|json|ndjson|xlsx] [--encoding utf-8|gb18030]
                             [--threads 数目] [--lang en]
      逐人分析整个花名册，在终端列出当日的工作清单（各支部汇总，待开具的证明、逾期和
      30日内到期的事项、连续未尽义务和未确定联系人的党员，每类至多20项）。按扩展名读取
      CSV、JSON（记录的列表）、NDJSON（每行一条记录）或 Excel（.xlsx，第一个工作表，
      须另行安装 exceljs）。CSV 和 Excel 的表头以点分路径命名记录中的项目（如
      absence.departure、appraisal.reports.0），列表或对象填 JSON；布尔值填 是/否 或
      true/false；空格即不填。有误的行按行号和列报告（不显示其内容），其余照常分析。
      Decides a whole roster, member by member, and prints the day's worklist as tables
      (counts by branch, then documents to issue, overdue and due within 30 days, lapse
      candidates, members without a liaison; at most 20 rows each). Reads CSV, JSON (an
      array of records), NDJSON (a record per line) or XLSX (the first sheet; needs exceljs
      installed) by extension. The CSV/XLSX header names fields by dotted paths into the
      record (absence.departure, appraisal.reports.0); a list or object cell holds JSON;
      booleans are 是/否 or true/false; an empty cell leaves the field out. Bad rows are
      reported by row and column (never their values) and skipped; the rest are decided.
  mobile-member-rules workbench [--out <文件夹>]
      写出工作台页面（不联网即可使用），输出其路径；在终端中运行时用浏览器打开。
      Writes the workbench page (works offline) and prints its path; opens it in the
      browser when run from a terminal.

选项 / options:
  --lang zh|en       说明和报告的语言，默认中文 / language of explanations and reports (default Chinese)
  --verbose          通过的情景也附说明（check）/ explain passing scenarios too (check)
  --json             输出 JSON，供程序读取（check、explain）/ JSON output, for programs (check, explain)
  --options <文件>    解释选择等选项（explain）/ options such as interpretation choices (explain)
  --force            覆盖已有文件（init）/ overwrite existing files (init)
  --as-of <日期>      工作清单的日期（roster）/ the worklist's day (roster)
  --out <文件夹>      写入 members.ndjson、worklist.json、worklist.csv（roster）；页面写入的文件夹（workbench）
                     / write members.ndjson, worklist.json, worklist.csv there (roster); the page's folder (workbench)
  --impact           另按其他解释逐人重新分析，写入 impact.json、impact.html（roster，与 --out 同用）
                     / decide again under each other reading; writes impact.json, impact.html (roster, with --out)
  --ambiguities      列出结论存在歧义的事项（roster）/ list the ambiguous decisions (roster)
  --readings <文件>   解释选择，如 {"Q1.six-month-boundary": "…"}（roster）/ interpretation choices (roster)
  --format <格式>     不按扩展名判断时指明 csv、json、ndjson 或 xlsx（roster）/ the format, when the extension does not say (roster)
  --encoding <编码>   utf-8（默认，可带字节顺序标记）或 gb18030（roster）/ utf-8 (default, BOM or not) or gb18030 (roster)
  --threads <数目>    同时分析所用的线程数，默认1（roster）/ worker threads to analyze with, default 1 (roster)
  --version          显示版本 / print the version
  -h, --help         显示本说明 / print this help
  文件名以“-”开头时，写在 -- 之后。File names starting with "-" go after --.

退出状态 / exit status: 0 全部通过 all passed · 1 有未通过 something failed · 2 用法错误 usage error
  roster：0 全部分析 every row decided · 1 有行有误、已跳过 some rows bad and skipped ·
  2 用法错误，或文件整体无法读取（打不开、表头有未知的列、编码不符、格式中断）
    usage error, or the file cannot be read as a roster (unreadable, unknown column, wrong encoding, broken syntax)
`;

