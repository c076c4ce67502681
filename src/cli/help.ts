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
  --out <文件夹>      页面写入的文件夹（workbench）/ the folder to write the page to (workbench)
  --version          显示版本 / print the version
  -h, --help         显示本说明 / print this help
  文件名以“-”开头时，写在 -- 之后。File names starting with "-" go after --.

退出状态 / exit status: 0 全部通过 all passed · 1 有未通过 something failed · 2 用法错误 usage error
`;

