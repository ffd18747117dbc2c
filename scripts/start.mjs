// `npm start`: checks the bundled example reports with the real command-line tool, shows what
// `--fix` repairs in a copy of the draft, then imports a published web page and checks it (the
// examples in the repository stay as they are).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = ['dist/cli.js'];
const run = (args) => spawnSync(process.execPath, [...cli, ...args], { stdio: 'inherit' }).status;
const title = (s) => console.log(`\n\x1b[1m${s}\x1b[0m`);

title('1. nianbao check examples/ —— 检查示例报告（2023年度定稿、2024年度初稿）');
const status = run(['check', 'examples']);
console.log(`（退出码 ${status}：0 无错误，1 有错误级别的问题，2 用法或输入错误）`);

title('2. nianbao check --fix —— 在临时副本上自动修复可确定的问题');
const dir = mkdtempSync(join(tmpdir(), 'nianbao-start-'));
for (const f of ['baiyun-2023.md', 'baiyun-2024-draft.md']) copyFileSync(join('examples', f), join(dir, f));
const draft = join(dir, 'baiyun-2024-draft.md');
const before = readFileSync(draft, 'utf8').split('\n');
run(['check', '--fix', draft]);
const after = readFileSync(draft, 'utf8').split('\n');
title('   修复前后有变化的行：');
before.forEach((line, i) => {
  if (after[i] !== line) console.log(`   ${i + 1}\n   - ${line}\n   + ${after[i]}`);
});
console.log(`\n副本在 ${dir}；余下的问题需要撰写人核实后修改。`);

title('3. nianbao import —— 把网上发布的报告（网页）转为 Markdown，再检查');
const imported = join(dir, 'baiyun-2023-imported.md');
run(['import', 'examples/published/baiyun-2023.html', '-o', imported]);
console.log(
  readFileSync(imported, 'utf8')
    .split('\n')
    .slice(0, 14)
    .map((l) => `   ${l}`)
    .join('\n'),
);
console.log('   ……');
run(['check', imported]);
console.log('（网页中的空白单元格导入后仍为空白，由 NB204 报告；网页残留由 NB107 报告。）');

title('4. nianbao export —— 导出为按 GB/T 9704 排版的 Word 文件');
const docx = join(dir, 'baiyun-2023.docx');
run(['export', 'examples/baiyun-2023.md', '-o', docx]);
console.log(`Word 文件在 ${docx}（A4、3号仿宋、每页22行、官方表格及合并单元格；页面效果见 README）`);

title('5. nianbao draft --offline —— 根据要点（notes）离线起草（未配置模型时的默认方式）');
run(['draft', 'examples/baiyun-2024-draft.md', '--offline']);
console.log('（配置 NIANBAO_BASE_URL、NIANBAO_MODEL、NIANBAO_API_KEY 后由模型起草；加 --write 写回文件。）');
